import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class TransferAgencyFunctionInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) fromAgencyId: string;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) toAgencyId: string;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) function: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}
