import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InspectionCount', { description: 'Inspections an agency led or joined in a year (by the start of their period)' })
export class InspectionCountType {
  @Field() agencyId: string;
  @Field(() => String, { nullable: true }) agencyName: string | null;
  @Field(() => Int) year: number;
  @Field(() => Int, { description: 'Every inspection planned for the year, whatever its state' }) planned: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int, { description: 'Done: conclusion issued' }) concluded: number;
}

@ObjectType('RecommendationFollowUpCount', { description: 'Recommendations owed by one agency, by follow-up state today' })
export class FollowUpCountType {
  @Field() responsibleAgencyId: string;
  @Field(() => String, { nullable: true }) responsibleAgencyName: string | null;
  @Field(() => Int) open: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) reported: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) reopened: number;
}
