import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { AGE_BANDS, FORUM_LEVELS, SEXES } from '../../domain/vocabulary';
import { SLUG, SLUG_MESSAGE } from './validation';

@InputType()
export class ConveneForumInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) forumId: string;
  @Field({ description: FORUM_LEVELS.join(', ') }) @IsIn(FORUM_LEVELS) level: string;
  @Field() @IsString() @Length(1, 100) edition: string;
  @Field() @IsString() @Length(2, 300) title: string;
  @Field() @IsString() @Length(2, 500) theme: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) organiserAgencyId: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) localityUnitId: string;
  @Field(() => GraphQLLocalDate) @IsString() heldOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(SLUG, { message: SLUG_MESSAGE }) parentForumId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(SLUG, { message: SLUG_MESSAGE }) previousForumId?: string | null;
  @Field(() => Int, { nullable: true, description: '60 when left out' }) @IsOptional() @IsInt() @Min(1) @Max(365) responseDays?: number | null;
}

@InputType()
export class ParticipantCountInput {
  @Field({ description: AGE_BANDS.join(', ') }) @IsIn(AGE_BANDS) ageBand: string;
  @Field({ description: SEXES.join(', ') }) @IsIn(SEXES) sex: string;
  @Field() @IsString() @Length(1, 100) ethnicity: string;
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) localityUnitId: string;
  @Field(() => Int) @IsInt() @Min(1) count: number;
}

@InputType()
export class RecordParticipantsInput {
  @Field() @Matches(SLUG, { message: SLUG_MESSAGE }) forumId: string;
  @Field(() => [ParticipantCountInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ParticipantCountInput)
  participants: ParticipantCountInput[];
}
