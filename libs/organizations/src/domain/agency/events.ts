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
export type AgencyRenamed = DomainEvent<
  'AgencyRenamed',
  { agencyId: string; name: string; shortName: string | null; effectiveFrom: string; decision: string | null }
>;
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
export type AgencyDissolved = DomainEvent<
  'AgencyDissolved',
  { agencyId: string; successorAgencyId: string | null; effectiveFrom: string; decision: string | null }
>;

export type AgencyEvent =
  AgencyRegistered | AgencyRenamed | AgencyMergedInto | AgencyAbsorbedPredecessors | AgencyFunctionTransferred | AgencyFunctionReceived | AgencyDissolved;
