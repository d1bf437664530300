import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class RenameAgencyInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) agencyId: string;
  @Field() @IsString() @Length(2, 300) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 60) shortName?: string | null;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true, description: 'The decision that ordered it, e.g. 1234/QĐ-UBND' }) @IsOptional() @IsString() @Length(1, 200) decision?:
    string | null;
}
