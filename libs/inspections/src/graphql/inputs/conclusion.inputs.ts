import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { IDENTIFIER_MESSAGE } from './validation';

@InputType()
export class DraftConclusionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @IsString() @Length(2, 20000) summary: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() draftedOn?: string | null;
}

@InputType()
export class AppraiseConclusionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field({ description: 'The appraisal opinion (ý kiến thẩm định)' }) @IsString() @Length(2, 20000) opinion: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() appraisedOn?: string | null;
}

@InputType()
export class IssueConclusionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field({ description: 'The conclusion document number, e.g. 15/KL-TTr' }) @IsString() @Length(3, 80) conclusionNumber: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() issuedOn?: string | null;
}
