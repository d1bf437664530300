import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsString, Length, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

@InputType()
export class FigureInput {
  @Field({ description: 'Indicator code, e.g. a Circular 13/2021/TT-BLĐTBXH statistic' }) @IsString() @Length(1, 100) code: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field({ description: 'e.g. children, cases, %' }) @IsString() @Length(1, 50) unit: string;
}

@InputType()
export class SubmitReportInput {
  @Field() @IsString() @Length(1, 400) obligationId: string;
  @Field(() => [FigureInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FigureInput)
  figures: FigureInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 20000) note?: string | null;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'For a report received on paper and recorded later (steering committee only): the date it was received',
  })
  @IsOptional()
  @IsString()
  submittedOn?: string | null;
}

@InputType()
export class CorrectFiguresInput {
  @Field() @IsString() @Length(1, 400) obligationId: string;
  @Field(() => Int, { nullable: true, description: 'The submission corrected (default: the latest)' }) @IsOptional() @IsInt() @Min(1) submissionNumber?:
    number | null;
  @Field(() => [FigureInput]) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => FigureInput) corrections: FigureInput[];
  @Field() @IsString() @Length(1, 2000) reason: string;
}

@InputType()
export class ExtendDeadlineInput {
  @Field() @IsString() @Length(1, 400) obligationId: string;
  @Field(() => GraphQLLocalDate) @IsString() newDueDate: string;
  @Field() @IsString() @Length(1, 2000) reason: string;
  @Field({ description: 'The document that authorises it, e.g. 125/UBND-VX' }) @IsString() @Length(1, 200) authorisingDocument: string;
}
