import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class MergeAgenciesInput {
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(20) @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE }) predecessorAgencyIds: string[];
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) successorAgencyId: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}
