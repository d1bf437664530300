import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { SLUG, SLUG_MESSAGE } from './validation';

@InputType()
export class MergeAgenciesInput {
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(20) @Matches(SLUG, { each: true, message: SLUG_MESSAGE }) predecessorAgencyIds: string[];
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) successorAgencyId: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}
