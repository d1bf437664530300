import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { IDENTIFIER_MESSAGE } from './validation';

@InputType()
export class IssueRecommendationInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) recommendationId: string;
  @Field(() => [String], { description: 'The nonconformities it answers' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(IDENTIFIER, { each: true, message: IDENTIFIER_MESSAGE })
  findingIds: string[];
  @Field({ description: 'The agency that must carry it out' }) @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) responsibleAgencyId: string;
  @Field() @IsString() @Length(2, 2000) correctiveAction: string;
  @Field(() => GraphQLLocalDate) @IsString() dueDate: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() issuedOn?: string | null;
}

@InputType()
export class ReportCorrectiveActionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) recommendationId: string;
  @Field({ description: 'What the agency did' }) @IsString() @Length(2, 4000) action: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() reportedOn?: string | null;
}

@InputType()
export class CloseRecommendationInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) recommendationId: string;
  @Field({ description: 'How the team verified the action was effective' }) @IsString() @Length(2, 4000) verification: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() closedOn?: string | null;
}

@InputType()
export class ReopenRecommendationInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) recommendationId: string;
  @Field() @IsString() @Length(2, 4000) reason: string;
  @Field(() => GraphQLLocalDate) @IsString() newDueDate: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() reopenedOn?: string | null;
}
