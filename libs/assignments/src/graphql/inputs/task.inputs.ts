import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';

@InputType()
export class DelegateTaskInput {
  @Field() @IsString() @Length(1, 400) taskId: string;
  @Field() @Matches(IDENTIFIER, { message: 'toAgencyId must be an agency id (lower-case letters, digits and dashes)' }) toAgencyId: string;
  @Field({ description: 'What is asked of the receiving agency' }) @IsString() @Length(1, 5000) text: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When given, the receiving agency owes it by then' }) @IsOptional() @IsString() dueDate?:
    string | null;
}

@InputType()
export class ReportTaskProgressInput {
  @Field() @IsString() @Length(1, 400) taskId: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) percent: number;
  @Field() @IsString() @Length(1, 5000) summary: string;
}

@InputType()
export class CompleteTaskInput {
  @Field() @IsString() @Length(1, 400) taskId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 5000) summary?: string | null;
}
