import { registerEnumType } from '@nestjs/graphql';
import {
  ACCOUNTABLE_ROLES,
  CONFORMITIES,
  INSPECTION_KINDS,
  INSPECTION_THEMES,
  SANCTION_MEASURES,
  SEVERITIES,
  TARGET_KINDS,
  TEAM_ROLES,
} from '../../domain/vocabulary';

/** GraphQL enum values must be names, so the domain's dashes become underscores here. */
function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<string, T> {
  const enumeration = Object.fromEntries(values.map((value) => [value.replace(/-/g, '_').toUpperCase(), value])) as Record<string, T>;
  registerEnumType(enumeration, { name, description });
  return enumeration;
}

export const InspectionKindEnum = graphqlEnum(
  INSPECTION_KINDS,
  'InspectionKind',
  'THANH_TRA (by an inspectorate) or KIEM_TRA (a check by the managing department)',
);
export const InspectionThemeEnum = graphqlEnum(INSPECTION_THEMES, 'InspectionTheme', 'The topic of an inspection, as the plans assign them per sector');
export const TeamRoleEnum = graphqlEnum(TEAM_ROLES, 'InspectionTeamRole', 'HEAD (trưởng đoàn), MEMBER, SECRETARY (thư ký)');
export const TargetKindEnum = graphqlEnum(TARGET_KINDS, 'InspectionTargetKind', 'A facility, a locality or an agency');
export const ConformityEnum = graphqlEnum(CONFORMITIES, 'FindingConformity', 'Whether the target met the criterion');
export const SeverityEnum = graphqlEnum(SEVERITIES, 'FindingSeverity', 'SHORTCOMING (hạn chế), VIOLATION (vi phạm), SERIOUS_VIOLATION');
export const AccountableRoleEnum = graphqlEnum(ACCOUNTABLE_ROLES, 'AccountableRole', 'Whose accountability a sanction states (người đứng đầu)');
export const SanctionMeasureEnum = graphqlEnum(
  SANCTION_MEASURES,
  'SanctionMeasure',
  'Kiểm điểm, khiển trách, cảnh cáo, hạ bậc, cách chức, xử phạt hành chính, đình chỉ',
);
export const RecommendationStatusEnum = graphqlEnum(
  ['open', 'overdue', 'reported', 'closed', 'reopened'] as const,
  'InspectionRecommendationStatus',
  'Follow-up of a recommendation today: OVERDUE is open or reopened past its deadline',
);
export const FindingFollowUpEnum = graphqlEnum(
  ['none', 'open', 'overdue', 'reported', 'closed', 'reopened'] as const,
  'FindingFollowUp',
  'The most pressing state of the recommendations answering a finding; NONE when none answers it',
);
