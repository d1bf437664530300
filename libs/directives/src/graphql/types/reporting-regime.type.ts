import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ReportingFrequency } from '../../domain/directive/document';
import { RegimeView } from '../../projections/directives.queries';
import { ReportingFrequencyEnum } from './enums';

@ObjectType('ReportingDeadline', { description: 'Before day/month of the period’s year; monthly: before the day of the following month' })
export class ReportingDeadlineType {
  @Field(() => Int, { nullable: true }) month: number | null;
  @Field(() => Int) day: number;
}

@ObjectType('ReportingRegime', { description: 'Chế độ báo cáo: content, who reports, who receives, how, how often, data cut-off and deadline' })
export class ReportingRegimeType {
  @Field() id: string;
  @Field() directiveId: string;
  @Field() title: string;
  @Field() content: string;
  @Field(() => [String], { description: 'Empty: the lead agencies of the tasks reporting through it' }) reportingAgencyIds: string[];
  @Field() recipientAgencyId: string;
  @Field() method: string;
  @Field(() => ReportingFrequencyEnum) frequency: ReportingFrequency;
  @Field(() => ReportingDeadlineType, { nullable: true }) deadline: ReportingDeadlineType | null;
  @Field({ description: 'Thời gian chốt số liệu' }) cutoff: string;
  @Field(() => GraphQLLocalDate) activeFrom: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) activeUntil: string | null;

  static from(view: RegimeView): ReportingRegimeType {
    const { regimeId, ...rest } = view;
    return Object.assign(new ReportingRegimeType(), { id: regimeId, ...rest });
  }
}
