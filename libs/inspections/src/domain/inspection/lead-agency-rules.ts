import type { AgencyKind } from '@cpp/organizations';
import { InspectionKind } from '../vocabulary';

/**
 * Which kinds of agency may lead which kind of inspection, and since when. Until mid-2025
 * departments and ministries had their own inspectorates (thanh tra Sở, thanh tra Bộ) and led
 * thanh tra themselves; the 2025 inspection law leaves thanh tra to the inspectorates
 * (Thanh tra tỉnh), while departments keep kiểm tra within their own sector.
 *
 * Luật Thanh tra 2025: effective 2025-07-01 (verify against the promulgated text; transitional
 * rules may differ). The rule is judged on the plan's date (plannedOn).
 */
export interface LeadAgencyRule {
  kind: InspectionKind;
  /** Inclusive; null = since always. */
  from: string | null;
  /** Exclusive; null = still in force. */
  until: string | null;
  leadAgencyKinds: readonly AgencyKind[];
  basis: string;
}

export const INSPECTION_LAW_2025_EFFECTIVE_FROM = '2025-07-01';

export const LEAD_AGENCY_RULES: readonly LeadAgencyRule[] = [
  {
    kind: 'thanh-tra',
    from: null,
    until: INSPECTION_LAW_2025_EFFECTIVE_FROM,
    leadAgencyKinds: ['inspectorate', 'department', 'ministry'],
    basis: 'Luật Thanh tra 2022 (thanh tra Bộ, thanh tra Sở)',
  },
  {
    kind: 'thanh-tra',
    from: INSPECTION_LAW_2025_EFFECTIVE_FROM,
    until: null,
    leadAgencyKinds: ['inspectorate'],
    basis: 'Luật Thanh tra 2025 (only the inspectorates conduct thanh tra)',
  },
  {
    kind: 'kiem-tra',
    from: null,
    until: null,
    leadAgencyKinds: ['department', 'ministry', 'district-office', 'peoples-committee'],
    basis: 'state management within the agency’s own sector',
  },
];

/** The rule in force for a kind of inspection planned on a date. */
export function leadAgencyRuleOn(kind: InspectionKind, plannedOn: string): LeadAgencyRule | undefined {
  return LEAD_AGENCY_RULES.find(
    (rule) => rule.kind === kind && (rule.from === null || rule.from <= plannedOn) && (rule.until === null || plannedOn < rule.until),
  );
}
