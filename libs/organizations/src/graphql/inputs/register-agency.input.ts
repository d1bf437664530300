import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { AGENCY_KINDS, AgencyKind } from '../../domain/events';
import { AgencyKindEnum } from '../types/agency-kind.enum';
import { SLUG, SLUG_MESSAGE } from './validation';

@InputType()
export class RegisterAgencyInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) agencyId: string;
  @Field() @IsString() @Length(2, 300) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 60) shortName?: string | null;
  @Field(() => AgencyKindEnum) @IsIn(AGENCY_KINDS) kind: AgencyKind;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) unitId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(SLUG, { message: SLUG_MESSAGE }) parentAgencyId?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(SLUG, { each: true, message: SLUG_MESSAGE }) functions?: string[] | null;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
}
