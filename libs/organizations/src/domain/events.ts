/**
 * The organisation chart as facts with history. Vietnam reorganised in 2025 (ministries
 * merged, provinces merged, the district level removed), so nothing here is a constant:
 * levels, units and agencies are all data that change on effective dates.
 * Dates (effectiveFrom) are local calendar dates in Vietnam, YYYY-MM-DD.
 */
import { DomainEvent } from '@cpp/eventsourcing';

export const AGENCY_KINDS = [
  'government', // Chính phủ / Thủ tướng
  'ministry', // Bộ
  'peoples-committee', // Ủy ban nhân dân (tỉnh, huyện)
  'department', // Sở
  'police', // Công an
  'inspectorate', // Thanh tra
  'mass-organisation', // Mặt trận Tổ quốc, Đoàn, Hội
  'district-office', // Phòng (cấp huyện)
  'commune-committee', // UBND xã / phường / thị trấn
  'service-provider', // cơ sở trợ giúp xã hội, trung tâm
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export type AdministrativeLevelDefined = DomainEvent<'AdministrativeLevelDefined', { levelCode: string; name: string; rank: number }>;
export type AdministrativeLevelRetired = DomainEvent<'AdministrativeLevelRetired', { levelCode: string; effectiveFrom: string; reason: string }>;

export type AdministrativeUnitEstablished = DomainEvent<
  'AdministrativeUnitEstablished',
  { unitId: string; name: string; levelCode: string; parentUnitId: string | null; effectiveFrom: string }
>;
export type AdministrativeUnitRenamed = DomainEvent<'AdministrativeUnitRenamed', { unitId: string; name: string; effectiveFrom: string; decision: string | null }>;
/** The unit ceased to exist; its territory and obligations pass to the successor. */
export type AdministrativeUnitMergedInto = DomainEvent<
  'AdministrativeUnitMergedInto',
  { unitId: string; successorUnitId: string; effectiveFrom: string; decision: string | null }
>;

export type AgencyRegistered = DomainEvent<
  'AgencyRegistered',
  {
    agencyId: string;
    name: string;
    shortName: string | null;
    kind: AgencyKind;
    unitId: string;
    parentAgencyId: string | null;
    functions: string[];
    effectiveFrom: string;
  }
>;
export type AgencyRenamed = DomainEvent<'AgencyRenamed', { agencyId: string; name: string; shortName: string | null; effectiveFrom: string; decision: string | null }>;
/** Recorded on each predecessor of a merger. */
export type AgencyMergedInto = DomainEvent<'AgencyMergedInto', { agencyId: string; successorAgencyId: string; effectiveFrom: string; decision: string | null }>;
/** Recorded on the successor of a merger: it now answers for the predecessors' functions. */
export type AgencyAbsorbedPredecessors = DomainEvent<
  'AgencyAbsorbedPredecessors',
  { agencyId: string; predecessorAgencyIds: string[]; functions: string[]; effectiveFrom: string; decision: string | null }
>;
/** A split of functions: one function (e.g. child affairs) moves to another agency. */
export type AgencyFunctionTransferred = DomainEvent<
  'AgencyFunctionTransferred',
  { agencyId: string; function: string; toAgencyId: string; effectiveFrom: string; decision: string | null }
>;
export type AgencyFunctionReceived = DomainEvent<
  'AgencyFunctionReceived',
  { agencyId: string; function: string; fromAgencyId: string; effectiveFrom: string; decision: string | null }
>;
export type AgencyDissolved = DomainEvent<'AgencyDissolved', { agencyId: string; successorAgencyId: string | null; effectiveFrom: string; decision: string | null }>;

export type AdministrativeLevelEvent = AdministrativeLevelDefined | AdministrativeLevelRetired;
export type AdministrativeUnitEvent = AdministrativeUnitEstablished | AdministrativeUnitRenamed | AdministrativeUnitMergedInto;
export type AgencyEvent =
  | AgencyRegistered
  | AgencyRenamed
  | AgencyMergedInto
  | AgencyAbsorbedPredecessors
  | AgencyFunctionTransferred
  | AgencyFunctionReceived
  | AgencyDissolved;
export type OrganizationsEvent = AdministrativeLevelEvent | AdministrativeUnitEvent | AgencyEvent;

export const ORGANIZATIONS_EVENT_TYPES = [
  'AdministrativeLevelDefined',
  'AdministrativeLevelRetired',
  'AdministrativeUnitEstablished',
  'AdministrativeUnitRenamed',
  'AdministrativeUnitMergedInto',
  'AgencyRegistered',
  'AgencyRenamed',
  'AgencyMergedInto',
  'AgencyAbsorbedPredecessors',
  'AgencyFunctionTransferred',
  'AgencyFunctionReceived',
  'AgencyDissolved',
] as const satisfies readonly OrganizationsEvent['type'][];
