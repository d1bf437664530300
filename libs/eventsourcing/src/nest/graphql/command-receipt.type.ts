import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What a mutation answers: where its facts were recorded and whether read models have them yet. */
@ObjectType('CommandReceipt')
export class CommandReceiptType {
  @Field(() => [String], { description: 'Streams the command wrote to (empty when nothing changed)' })
  streamIds: string[];

  @Field(() => Int, { nullable: true, description: 'Revision of the last event written to the main stream' })
  revision: number | null;

  @Field({ description: 'Correlation id recorded on every event the command caused' })
  correlationId: string;

  @Field({ description: 'True once every read model includes the change (read-your-writes)' })
  projected: boolean;

  @Field({ description: 'False when the command changed nothing (e.g. a rename to the same name, or a retried request)' })
  changed: boolean;
}
