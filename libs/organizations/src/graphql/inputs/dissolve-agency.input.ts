import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class DissolveAgencyInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) agencyId: string;
  @Field(() => String, { nullable: true, description: 'Who takes over its open obligations' })
  @IsOptional()
  @Matches(IDENTIFIER, { message: ID_MESSAGE })
  successorAgencyId?: string | null;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}
