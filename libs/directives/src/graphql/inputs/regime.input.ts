import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ReportingFrequency, ReportingRegime } from '../../domain/directive/document';
import { ReportingFrequencyEnum } from '../types/enums';
import { ID_MESSAGE } from './identifier-message';

@InputType({ description: 'Six-monthly and annual: day and month; monthly: day only; ad hoc: none' })
export class ReportingDeadlineInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() month?: number | null;
  @Field(() => Int) @IsInt() day: number;
}

@InputType()
export class ReportingRegimeInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) regimeId: string;
  @Field() @IsString() @Length(1, 300) title: string;
  @Field() @IsString() @Length(1, 4000) content: string;
  @Field(() => [String], { nullable: true, description: 'Empty: the lead agencies of the tasks reporting through it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  reportingAgencyIds?: string[] | null;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) recipientAgencyId: string;
  @Field() @IsString() @Length(1, 1000) method: string;
  @Field(() => ReportingFrequencyEnum) @IsIn(Object.values(ReportingFrequencyEnum)) frequency: ReportingFrequency;
  @Field(() => ReportingDeadlineInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportingDeadlineInput)
  deadline?: ReportingDeadlineInput | null;
  @Field({ description: 'Thời gian chốt số liệu, in the document’s words' }) @IsString() @Length(1, 1000) cutoff: string;
  @Field(() => GraphQLLocalDate) @IsString() activeFrom: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() @IsString() activeUntil?: string | null;
}

export function toRegime(input: ReportingRegimeInput): ReportingRegime {
  return {
    regimeId: input.regimeId,
    title: input.title,
    content: input.content,
    reportingAgencyIds: input.reportingAgencyIds ?? [],
    recipientAgencyId: input.recipientAgencyId,
    method: input.method,
    frequency: input.frequency,
    deadline: input.deadline ? { month: input.deadline.month ?? null, day: input.deadline.day } : null,
    cutoff: input.cutoff,
    activeFrom: input.activeFrom,
    activeUntil: input.activeUntil ?? null,
  };
}
