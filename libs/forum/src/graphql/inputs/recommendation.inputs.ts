import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ANSWER_DECISIONS, IMPLEMENTATION_STATUSES } from '../../domain/vocabulary';
import { SLUG, SLUG_MESSAGE } from './validation';

@InputType({ description: 'A recommendation as the group put it; there is no field for a child’s name' })
export class RaiseForumRecommendationInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) recommendationId: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) forumId: string;
  @Field({ description: 'The group that raised it, e.g. "nhóm trẻ em huyện Chi Lăng"' }) @IsString() @Length(2, 200) raisedBy: string;
  @Field() @IsString() @Length(2, 200) theme: string;
  @Field() @IsString() @Length(2, 4000) text: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The forum’s day when left out' }) @IsOptional() @IsString() raisedOn?: string | null;
}

@InputType()
export class ForwardForumRecommendationInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) recommendationId: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) responsibleAgencyId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 2000) summary?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() forwardedOn?: string | null;
}

@InputType()
export class AnswerForumRecommendationInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) recommendationId: string;
  @Field({ description: ANSWER_DECISIONS.join(', ') }) @IsIn(ANSWER_DECISIONS) decision: string;
  @Field({ description: 'In words a child can read' }) @IsString() @Length(2, 4000) answer: string;
  @Field(() => String, { nullable: true, description: 'Required unless accepted' }) @IsOptional() @IsString() @Length(0, 4000) reason?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() answeredOn?: string | null;
}

@InputType()
export class ReportForumImplementationInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) recommendationId: string;
  @Field({ description: IMPLEMENTATION_STATUSES.join(', ') }) @IsIn(IMPLEMENTATION_STATUSES) status: string;
  @Field() @IsString() @Length(2, 4000) note: string;
  @Field(() => String, { nullable: true, description: 'Required when not possible' }) @IsOptional() @IsString() @Length(0, 4000) reason?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() reportedOn?: string | null;
}

@InputType()
export class EscalateForumRecommendationInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) recommendationId: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) toForumId: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() escalatedOn?: string | null;
}
