import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { FollowUpStatus, RecommendationView } from '../../projections/views';
import { RecommendationStatusEnum } from './enums';

@ObjectType('InspectionRecommendation', { description: 'A recommendation (kiến nghị) and its follow-up' })
export class RecommendationType {
  @Field() inspectionId: string;
  @Field() recommendationId: string;
  @Field(() => [String]) findingIds: string[];
  @Field() responsibleAgencyId: string;
  @Field(() => String, { nullable: true }) responsibleAgencyName: string | null;
  @Field({ description: 'The inspection’s lead agency, to whom the corrective action is reported' }) issuingAgencyId: string;
  @Field() correctiveAction: string;
  @Field(() => GraphQLLocalDate, { description: 'The current deadline (a reopening sets a new one)' }) dueDate: string;
  @Field(() => GraphQLLocalDate) issuedOn: string;
  @Field(() => RecommendationStatusEnum) status: FollowUpStatus;
  @Field(() => String, { nullable: true }) reportedAction: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) reportedOn: string | null;
  @Field(() => String, { nullable: true }) verification: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) closedOn: string | null;
  @Field(() => String, { nullable: true }) reopenReason: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) reopenedOn: string | null;
  @Field(() => Int) timesReopened: number;

  static from(view: RecommendationView): RecommendationType {
    return Object.assign(new RecommendationType(), view);
  }
}
