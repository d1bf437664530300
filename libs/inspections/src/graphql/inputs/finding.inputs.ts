import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { Conformity, CONFORMITIES, SEVERITIES, Severity } from '../../domain/vocabulary';
import { ConformityEnum, SeverityEnum } from '../types/enums';
import { IDENTIFIER_MESSAGE } from './validation';

@InputType('InspectionEvidenceInput', { description: 'A piece of evidence by title and content hash; the file itself is kept elsewhere' })
export class EvidenceInput {
  @Field() @IsString() @Length(2, 300) title: string;
  @Field({ description: 'SHA-256 of the file, hex' }) @IsString() @Length(64, 64) contentHash: string;
}

@InputType({ isAbstract: true })
class FindingContentInput {
  @Field({ description: 'The criterion as the outline words it' }) @IsString() @Length(2, 500) criterion: string;
  @Field({ description: 'E.g. Điều 19 Nghị định 103/2017/NĐ-CP' }) @IsString() @Length(2, 500) legalBasis: string;
  @Field(() => ConformityEnum) @IsIn(CONFORMITIES) conformity: Conformity;
  @Field(() => SeverityEnum, { nullable: true, description: 'Required for a nonconformity' }) @IsOptional() @IsIn(SEVERITIES) severity?: Severity | null;
  @Field() @IsString() @Length(2, 4000) description: string;
  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput[] | null;
}

@InputType()
export class RecordFindingInput extends FindingContentInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) findingId: string;
  @Field({ description: 'One of the inspection’s targets' }) @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) targetId: string;
  @Field({ description: 'The outline’s code for the criterion: with the target, what makes a later finding a recurrence' })
  @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE })
  criterionCode: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() observedOn?: string | null;
}

@InputType({ description: 'The finding’s full new content, with the revision it was read at' })
export class ReviseFindingInput extends FindingContentInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) findingId: string;
  @Field(() => Int, { description: 'The revision read; a stale one is refused with CONFLICT' }) @IsInt() @Min(0) expectedRevision: number;
}
