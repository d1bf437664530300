import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { InspectionKind, InspectionTheme } from '../../domain/vocabulary';
import { InspectionView } from '../../projections/views';
import { InspectionKindEnum, InspectionThemeEnum } from './enums';
import { ConclusionType, DocumentReferenceType, InspectionTargetType, TeamMemberType } from './inspection-parts.type';

@ObjectType('Inspection', { description: 'A thanh tra or kiểm tra: its team, targets, findings, recommendations and conclusion' })
export class InspectionType {
  @Field(() => ID) id: string;
  @Field(() => InspectionKindEnum) kind: InspectionKind;
  @Field() title: string;
  @Field(() => InspectionThemeEnum) theme: InspectionTheme;
  @Field({ description: 'Lead agency (chủ trì)' }) leadAgencyId: string;
  @Field(() => String, { nullable: true }) leadAgencyName: string | null;
  @Field(() => [String], { description: 'Coordinating agencies (phối hợp)' }) memberAgencyIds: string[];
  @Field(() => [TeamMemberType]) members: TeamMemberType[];
  @Field(() => [InspectionTargetType]) targets: InspectionTargetType[];
  @Field(() => GraphQLLocalDate) periodFrom: string;
  @Field(() => GraphQLLocalDate) periodTo: string;
  @Field(() => DocumentReferenceType) plan: DocumentReferenceType;
  @Field(() => DocumentReferenceType, { description: 'Đề cương' }) outline: DocumentReferenceType;
  @Field(() => GraphQLLocalDate) plannedOn: string;
  @Field({ description: 'planned, in-progress or concluded' }) status: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) startedOn: string | null;
  @Field(() => ConclusionType) conclusion: ConclusionType;

  static from(view: InspectionView): InspectionType {
    const { inspectionId, kind, theme, ...rest } = view;
    return Object.assign(new InspectionType(), { id: inspectionId, kind: kind as InspectionKind, theme: theme as InspectionTheme, ...rest });
  }
}
