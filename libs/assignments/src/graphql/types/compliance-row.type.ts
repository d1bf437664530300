import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ComplianceRow } from '../../projections/compliance';

@ObjectType('ComplianceRow', { description: 'Reports of one agency for one period: on time, late, missing (past due, not submitted) and pending' })
export class ComplianceRowType {
  @Field() agencyId: string;
  @Field() period: string;
  @Field(() => Int) year: number;
  @Field(() => Int) onTime: number;
  @Field(() => Int) late: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) pending: number;
  @Field(() => Int, { description: 'Reports whose deadline was extended' }) extended: number;
  @Field(() => Float, { nullable: true, description: '(late + missing) / (onTime + late + missing), against the deadlines in force' }) lateRate: number | null;
  @Field(() => Float, { nullable: true, description: 'The same rate against the original deadlines, as if nothing had been extended' })
  lateRateAgainstOriginal: number | null;
  @Field(() => GraphQLLocalDate) judgedOn: string;

  static from(row: ComplianceRow, judgedOn: string): ComplianceRowType {
    return Object.assign(new ComplianceRowType(), { ...row, judgedOn });
  }
}

@ObjectType('DeadlineCheck', { description: 'What one run of the deadline monitor recorded' })
export class DeadlineCheckType {
  @Field(() => GraphQLLocalDate) today: string;
  @Field(() => Int) overdueRecorded: number;
  @Field(() => Int) approachingRecorded: number;
  @Field(() => Int, { description: 'Report periods opened as the horizon of open-ended regimes moved' }) periodsOpened: number;
  @Field({ description: 'True once every read model includes what it recorded' }) projected: boolean;
}
