import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TargetKind, TeamRole } from '../../domain/vocabulary';
import { TargetKindEnum, TeamRoleEnum } from './enums';

@ObjectType('InspectionDocument', { description: 'A document of the inspection, by number, title and content hash (the file stays outside the log)' })
export class DocumentReferenceType {
  @Field(() => String, { nullable: true, description: 'Left blank in drafts' }) number: string | null;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex' }) contentHash: string | null;
}

@ObjectType('InspectionTeamMember')
export class TeamMemberType {
  @Field({ description: 'Token subject: what makes them a member on each request' }) subject: string;
  @Field() name: string;
  @Field() agencyId: string;
  @Field(() => TeamRoleEnum) role: TeamRole;
}

@ObjectType('InspectionTarget', { description: 'A facility, locality or agency inspected' })
export class InspectionTargetType {
  @Field({ description: 'Stable across inspections' }) targetId: string;
  @Field(() => TargetKindEnum) kind: TargetKind;
  @Field() name: string;
  @Field({ description: 'The locality it lies in' }) unitId: string;
  @Field(() => String, { nullable: true, description: 'The agency inspected or running the facility' }) agencyId: string | null;
}

@ObjectType('InspectionEvidence')
export class EvidenceType {
  @Field() title: string;
  @Field({ description: 'SHA-256 of the file, hex' }) contentHash: string;
}

@ObjectType('EarlierNonconformity', { description: 'The earlier inspection’s nonconformity a finding repeats' })
export class EarlierNonconformityType {
  @Field() inspectionId: string;
  @Field() findingId: string;
  @Field(() => GraphQLLocalDate) observedOn: string;
}

@ObjectType('InspectionConclusion', { description: 'Kết luận: draft → appraised (thẩm định) → issued with its number' })
export class ConclusionType {
  @Field({ description: 'none, draft, appraised or issued' }) status: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) draftedOn: string | null;
  @Field(() => String, { nullable: true }) appraisalOpinion: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) appraisedOn: string | null;
  @Field(() => String, { nullable: true }) appraisedBy: string | null;
  @Field(() => String, { nullable: true, description: 'E.g. 15/KL-TTr' }) number: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) issuedOn: string | null;
}
