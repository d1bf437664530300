import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { IssueDirectivePayload } from '../../domain/directive/commands';
import { DOCUMENT_TYPES, DocumentType } from '../../domain/directive/document';
import { DocumentTypeEnum } from '../types/enums';
import { toRegime, ReportingRegimeInput } from './regime.input';
import { DirectiveTaskInput, toTask } from './task.input';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class ProgrammePeriodInput {
  @Field(() => Int) @IsInt() from: number;
  @Field(() => Int) @IsInt() to: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() orientationTo?: number | null;
}

@InputType({ description: 'A document as printed: number and symbol, issuer, place and date, signer, subject, recipients, tasks and reporting regimes' })
export class IssueDirectiveInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) directiveId: string;
  @Field({ description: 'As printed: "923/QĐ-LĐTBXH", "Số: /SLĐTBXH-BVCSTE-BĐG" (blank number kept)' }) @IsString() @Length(1, 120) documentNumber: string;
  @Field(() => DocumentTypeEnum) @IsIn(DOCUMENT_TYPES) documentType: DocumentType;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) issuingAgencyId: string;
  @Field() @IsString() @Length(1, 200) place: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Null when left blank ("ngày … tháng … năm 2020")' }) @IsOptional() @IsString() issuedOn?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(0, 200) signerName?: string | null;
  @Field(() => String, { nullable: true, description: 'E.g. "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"' }) @IsOptional() @IsString() @Length(0, 200) signerCapacity?:
    string | null;
  @Field({ description: 'Trích yếu, "V/v …"' }) @IsString() @Length(1, 2000) subject: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  recipientAgencyIds?: string[] | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) @IsOptional() @IsString() effectiveFrom?: string | null;
  @Field(() => ProgrammePeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammePeriodInput)
  programmePeriod?: ProgrammePeriodInput | null;
  @Field(() => [String], { nullable: true, description: '"Thực hiện …": the cascade, upwards' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  implementsDirectiveIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: '"Căn cứ …"' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE })
  basedOnDirectiveIds?: string[] | null;
  @Field(() => [DirectiveTaskInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => DirectiveTaskInput)
  tasks?: DirectiveTaskInput[] | null;
  @Field(() => [ReportingRegimeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReportingRegimeInput)
  reportingRegimes?: ReportingRegimeInput[] | null;
}

export function toIssueDirective(input: IssueDirectiveInput): IssueDirectivePayload {
  return {
    directiveId: input.directiveId,
    documentNumber: input.documentNumber,
    documentType: input.documentType,
    issuingAgencyId: input.issuingAgencyId,
    place: input.place,
    issuedOn: input.issuedOn ?? null,
    signer: { name: input.signerName ?? null, capacity: input.signerCapacity ?? null },
    subject: input.subject,
    recipientAgencyIds: input.recipientAgencyIds ?? [],
    effectiveFrom: input.effectiveFrom ?? null,
    programmePeriod: input.programmePeriod
      ? { from: input.programmePeriod.from, to: input.programmePeriod.to, orientationTo: input.programmePeriod.orientationTo ?? null }
      : null,
    implementsDirectiveIds: input.implementsDirectiveIds ?? [],
    basedOnDirectiveIds: input.basedOnDirectiveIds ?? [],
    tasks: (input.tasks ?? []).map(toTask),
    reportingRegimes: (input.reportingRegimes ?? []).map(toRegime),
  };
}
