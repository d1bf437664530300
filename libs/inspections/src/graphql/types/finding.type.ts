import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Conformity, InspectionTheme, Severity } from '../../domain/vocabulary';
import { FindingView } from '../../projections/views';
import { ConformityEnum, FindingFollowUpEnum, InspectionThemeEnum, SeverityEnum } from './enums';
import { EarlierNonconformityType, EvidenceType, InspectionTargetType } from './inspection-parts.type';
import { RecommendationType } from './recommendation.type';

@ObjectType('InspectionFinding', { description: 'What the team found on a target against a criterion of the outline' })
export class FindingType {
  @Field() inspectionId: string;
  @Field() inspectionTitle: string;
  @Field(() => InspectionThemeEnum) theme: InspectionTheme;
  @Field() findingId: string;
  @Field(() => InspectionTargetType) target: InspectionTargetType;
  @Field() criterionCode: string;
  @Field() criterion: string;
  @Field() legalBasis: string;
  @Field(() => ConformityEnum) conformity: Conformity;
  @Field(() => SeverityEnum, { nullable: true }) severity: Severity | null;
  @Field() description: string;
  @Field(() => [EvidenceType]) evidence: EvidenceType[];
  @Field(() => GraphQLLocalDate) observedOn: string;
  @Field(() => Int, { description: 'Send it back as expectedRevision when revising' }) revision: number;
  @Field() recordedBy: string;
  @Field(() => String, { nullable: true }) revisedBy: string | null;
  @Field({ description: 'Repeats an earlier inspection’s nonconformity on the same target and criterion' }) recurring: boolean;
  @Field(() => EarlierNonconformityType, { nullable: true }) recurrenceOf: EarlierNonconformityType | null;
  @Field(() => [RecommendationType]) recommendations: RecommendationType[];
  @Field(() => FindingFollowUpEnum) followUp: string;

  static from(view: FindingView): FindingType {
    return Object.assign(new FindingType(), {
      ...view,
      theme: view.theme as InspectionTheme,
      conformity: view.conformity as Conformity,
      severity: view.severity as Severity | null,
      recurring: view.recurrenceOf !== null,
      recommendations: view.recommendations.map(RecommendationType.from),
    });
  }
}

@ObjectType('InspectionFindingsPage', { description: 'Findings, newest first' })
export class FindingsPageType {
  @Field(() => [FindingType]) items: FindingType[];
  @Field(() => Int) totalCount: number;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}
