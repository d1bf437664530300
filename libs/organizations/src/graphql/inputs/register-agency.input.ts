import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { AGENCY_KINDS, AgencyKind } from '../../domain/agency/events';
import { AgencyKindEnum } from '../types/agency-kind.enum';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class RegisterAgencyInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) agencyId: string;
  @Field() @IsString() @Length(2, 300) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 60) shortName?: string | null;
  @Field(() => AgencyKindEnum) @IsIn(AGENCY_KINDS) kind: AgencyKind;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) unitId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(IDENTIFIER, { message: ID_MESSAGE }) parentAgencyId?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE }) functions?:
    string[] | null;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
}
