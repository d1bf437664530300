import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { INSPECTION_KINDS, INSPECTION_THEMES, InspectionKind, InspectionTheme, TARGET_KINDS, TargetKind, TEAM_ROLES, TeamRole } from '../../domain/vocabulary';
import { InspectionKindEnum, InspectionThemeEnum, TargetKindEnum, TeamRoleEnum } from '../types/enums';
import { IDENTIFIER_MESSAGE } from './validation';

@InputType('InspectionDocumentInput')
export class DocumentReferenceInput {
  @Field(() => String, { nullable: true, description: 'E.g. 45/KH-SLĐTBXH; leave out when blank' }) @IsOptional() @IsString() @Length(1, 100) number?:
    string | null;
  @Field() @IsString() @Length(2, 300) title: string;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex' }) @IsOptional() @IsString() @Length(64, 64) contentHash?: string | null;
}

@InputType('InspectionTeamMemberInput')
export class TeamMemberInput {
  @Field({ description: 'The member’s token subject: only they can then record findings' }) @IsString() @Length(1, 200) subject: string;
  @Field() @IsString() @Length(2, 200) name: string;
  @Field({ description: 'The lead or a member agency that sends them' }) @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) agencyId: string;
  @Field(() => TeamRoleEnum) @IsIn(TEAM_ROLES) role: TeamRole;
}

@InputType('InspectionTargetInput', { description: 'FACILITY: targetId, name, unitId, optional agencyId; LOCALITY: unitId; AGENCY: agencyId' })
export class InspectionTargetInput {
  @Field(() => TargetKindEnum) @IsIn(TARGET_KINDS) kind: TargetKind;
  @Field(() => String, { nullable: true, description: 'A facility’s own id, the same in every inspection of it' })
  @IsOptional()
  @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE })
  targetId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 300) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) unitId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) agencyId?: string | null;
}

@InputType()
export class PlanInspectionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field(() => InspectionKindEnum) @IsIn(INSPECTION_KINDS) kind: InspectionKind;
  @Field() @IsString() @Length(2, 300) title: string;
  @Field(() => InspectionThemeEnum) @IsIn(INSPECTION_THEMES) theme: InspectionTheme;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) leadAgencyId: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(IDENTIFIER, { each: true, message: IDENTIFIER_MESSAGE })
  memberAgencyIds?: string[] | null;
  @Field(() => [TeamMemberInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberInput)
  members: TeamMemberInput[];
  @Field(() => [InspectionTargetInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InspectionTargetInput)
  targets: InspectionTargetInput[];
  @Field(() => GraphQLLocalDate) @IsString() periodFrom: string;
  @Field(() => GraphQLLocalDate) @IsString() periodTo: string;
  @Field(() => DocumentReferenceInput, { description: 'The plan or decision ordering the inspection' })
  @ValidateNested()
  @Type(() => DocumentReferenceInput)
  plan: DocumentReferenceInput;
  @Field(() => DocumentReferenceInput, { description: 'Đề cương' }) @ValidateNested() @Type(() => DocumentReferenceInput) outline: DocumentReferenceInput;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of the plan; today when left out' }) @IsOptional() @IsString() plannedOn?: string | null;
}

@InputType()
export class StartInspectionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Today when left out' }) @IsOptional() @IsString() startedOn?: string | null;
}
