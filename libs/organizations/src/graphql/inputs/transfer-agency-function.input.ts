import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { SLUG, SLUG_MESSAGE } from './validation';

@InputType()
export class TransferAgencyFunctionInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) fromAgencyId: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) toAgencyId: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) function: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}
