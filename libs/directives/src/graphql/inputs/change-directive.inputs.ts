import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { DirectiveRelation } from '../../domain/directive/events';
import { DirectiveRelationEnum } from '../types/enums';
import { ReportingRegimeInput } from './regime.input';
import { DirectiveTaskInput } from './task.input';
import { ID_MESSAGE } from './identifier-message';

@InputType({ description: 'A link found after both documents were recorded' })
export class LinkDirectiveInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) directiveId: string;
  @Field(() => DirectiveRelationEnum) @IsIn(Object.values(DirectiveRelationEnum)) relation: DirectiveRelation;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) targetDirectiveId: string;
}

@InputType({ description: 'Sửa đổi, bổ sung: open tasks not named stay as they are' })
export class AmendDirectiveInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) directiveId: string;
  @Field(() => GraphQLLocalDate) @IsString() amendedOn: string;
  @Field(() => String, { nullable: true, description: 'The amending document’s number as printed' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  amendingDocument?: string | null;
  @Field() @IsString() @Length(1, 2000) subject: string;
  @Field(() => [DirectiveTaskInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DirectiveTaskInput)
  addedTasks?: DirectiveTaskInput[] | null;
  @Field(() => [DirectiveTaskInput], { nullable: true, description: 'Open tasks with new terms, same ids' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DirectiveTaskInput)
  changedTasks?: DirectiveTaskInput[] | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  withdrawnTaskIds?: string[] | null;
  @Field(() => [ReportingRegimeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReportingRegimeInput)
  addedReportingRegimes?: ReportingRegimeInput[] | null;
}

@InputType({ description: 'Replaced by a newer document: its open tasks close as superseded' })
export class SupersedeDirectiveInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) directiveId: string;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) supersededByDirectiveId: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
}

@InputType({ description: 'Bãi bỏ: its open tasks are cancelled' })
export class RevokeDirectiveInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) directiveId: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field() @IsString() @Length(1, 2000) reason: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) revokingDocument?: string | null;
}

@InputType({ description: 'Báo cáo đột xuất under one of the document’s ad-hoc regimes, dated today' })
export class RequestAdHocReportInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) directiveId: string;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) regimeId: string;
  @Field(() => String, { nullable: true, description: 'Send the same id again and nothing more is asked (safe retries); generated when absent' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  requestId?: string | null;
  @Field() @IsString() @Length(1, 4000) content: string;
  @Field(() => [String], { nullable: true, description: 'Empty: whoever the regime names, or the lead agencies of its tasks' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  reportingAgencyIds?: string[] | null;
  @Field(() => GraphQLLocalDate) @IsString() dueDate: string;
}
