import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { RecordedEvent } from '../../events/recorded-event';

/** One recorded fact of a stream's history: who changed what, when, from which request. */
@ObjectType('StreamEvent')
export class StreamEventType {
  @Field() id: string;
  @Field() type: string;
  @Field(() => Int) schemaVersion: number;
  @Field() streamId: string;
  @Field(() => Int) revision: number;
  @Field(() => Float, { description: 'Sequence number in the global log (beyond 32 bits on EventStoreDB, where it is a byte offset)' }) globalPosition: number;
  @Field() occurredAt: string;
  @Field() recordedAt: string;
  @Field({ description: 'Who caused it (user:<subject> or system:<process>)' }) actor: string;
  @Field(() => String, { nullable: true }) agency: string | null;
  @Field() correlationId: string;
  @Field(() => String, { nullable: true }) causationId: string | null;
  @Field(() => GraphQLJSON) data: unknown;

  static from(event: RecordedEvent): StreamEventType {
    return Object.assign(new StreamEventType(), {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: event.streamId,
      revision: event.revision,
      globalPosition: event.globalPosition,
      data: event.data,
      ...event.metadata,
    });
  }
}
