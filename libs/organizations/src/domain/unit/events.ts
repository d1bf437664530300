import { DomainEvent } from '@cpp/eventsourcing';

export type AdministrativeUnitEstablished = DomainEvent<
  'AdministrativeUnitEstablished',
  { unitId: string; name: string; levelCode: string; parentUnitId: string | null; effectiveFrom: string }
>;
export type AdministrativeUnitRenamed = DomainEvent<
  'AdministrativeUnitRenamed',
  { unitId: string; name: string; effectiveFrom: string; decision: string | null }
>;
/** The unit ceased to exist; its territory and obligations pass to the successor. */
export type AdministrativeUnitMergedInto = DomainEvent<
  'AdministrativeUnitMergedInto',
  { unitId: string; successorUnitId: string; effectiveFrom: string; decision: string | null }
>;

export type AdministrativeUnitEvent = AdministrativeUnitEstablished | AdministrativeUnitRenamed | AdministrativeUnitMergedInto;
