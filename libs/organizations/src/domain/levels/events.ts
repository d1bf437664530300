import { DomainEvent } from '@cpp/eventsourcing';

export type AdministrativeLevelDefined = DomainEvent<'AdministrativeLevelDefined', { levelCode: string; name: string; rank: number }>;
export type AdministrativeLevelRetired = DomainEvent<'AdministrativeLevelRetired', { levelCode: string; effectiveFrom: string; reason: string }>;

export type AdministrativeLevelEvent = AdministrativeLevelDefined | AdministrativeLevelRetired;
