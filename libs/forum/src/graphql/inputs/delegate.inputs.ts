import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { CONSENT_GIVERS } from '../../domain/delegate/events';
import { AGE_BANDS, SEXES } from '../../domain/vocabulary';
import { SLUG, SLUG_MESSAGE } from './validation';

@InputType({ description: 'A delegate as a pseudonymous record: no name here' })
export class SelectDelegateInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) delegateId: string;
  @Field({ description: 'The forum that chose the delegate (it sends to its next level’s forum)' }) @Matches(SLUG, { message: SLUG_MESSAGE }) forumId: string;
  @Field({ description: AGE_BANDS.join(', ') }) @IsIn(AGE_BANDS) ageBand: string;
  @Field({ description: SEXES.join(', ') }) @IsIn(SEXES) sex: string;
  @Field() @IsString() @Length(1, 100) ethnicity: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) localityUnitId: string;
  @Field() @IsString() @Length(2, 200) selectingBody: string;
  @Field() @IsString() @Length(1, 100) consentReference: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() selectedOn?: string | null;
}

@InputType()
export class GiveDelegateConsentInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) delegateId: string;
  @Field({ description: CONSENT_GIVERS.join(', ') }) @IsIn(CONSENT_GIVERS) givenBy: string;
  @Field() @IsString() @Length(1, 100) consentReference: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() givenOn?: string | null;
}

@InputType({ description: 'Sealed under the delegate’s own key; only with the guardian’s and the child’s consent' })
export class RecordDelegatePersonalDetailsInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) delegateId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) school?: string | null;
}

@InputType()
export class WithdrawDelegateConsentInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) delegateId: string;
  @Field({ description: CONSENT_GIVERS.join(', ') }) @IsIn(CONSENT_GIVERS) withdrawnBy: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() withdrawnOn?: string | null;
}
