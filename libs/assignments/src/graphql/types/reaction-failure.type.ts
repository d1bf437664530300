import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ReactionRefusal } from '../../projections/reaction-refusals.queries';

@ObjectType('ReactionFailure', { description: 'A fact of another context this context could not act on: a rule refused the command it answered with' })
export class ReactionFailureType {
  @Field({ description: 'The event that was reacted to' }) causeEventId: string;
  @Field() causeEventType: string;
  @Field() causeStreamId: string;
  @Field(() => String, { nullable: true, description: 'The command that was refused, e.g. RecordAmendment' }) command: string | null;
  @Field({ description: 'BAD_USER_INPUT, NOT_FOUND, CONFLICT or FORBIDDEN' }) code: string;
  @Field() message: string;
  @Field(() => GraphQLDateTime) refusedAt: Date;

  static from(refusal: ReactionRefusal): ReactionFailureType {
    return Object.assign(new ReactionFailureType(), { ...refusal, refusedAt: new Date(refusal.refusedAt) });
  }
}
