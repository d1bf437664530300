import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { DirectiveTask } from '../../domain/directive/document';
import { ID_MESSAGE } from './identifier-message';

@InputType({ description: 'A task: a due date or reporting regimes, not both' })
export class DirectiveTaskInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) taskId: string;
  @Field({ description: 'Outline reference, e.g. II.3.a' }) @IsString() @Length(1, 40) section: string;
  @Field() @IsString() @Length(1, 4000) text: string;
  @Field({ description: 'Chủ trì' }) @Matches(IDENTIFIER, { message: ID_MESSAGE }) leadAgencyId: string;
  @Field(() => [String], { nullable: true, description: 'Phối hợp' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  coordinatingAgencyIds?: string[] | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() @IsString() dueDate?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  reportingRegimeIds?: string[] | null;
}

export function toTask(input: DirectiveTaskInput): DirectiveTask {
  return {
    taskId: input.taskId,
    section: input.section,
    text: input.text,
    leadAgencyId: input.leadAgencyId,
    coordinatingAgencyIds: input.coordinatingAgencyIds ?? [],
    dueDate: input.dueDate ?? null,
    reportingRegimeIds: input.reportingRegimeIds ?? [],
  };
}
