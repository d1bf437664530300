import { asDomainEvent, EventStore } from '@cpp/eventsourcing';
import { AdministrativeUnitEvent, AgencyEvent, agencyStream, unitStream } from '@cpp/organizations';
import { AgencyFact, UnitFact } from '../domain/facts';

/**
 * Agencies and units as their own streams tell it, read on the write side so that a plan is
 * judged on the chart as it is committed, folded from the organisations context's published
 * events only.
 */
export async function findAgency(store: EventStore, agencyId: string): Promise<AgencyFact | null> {
  const events = (await store.readStream(agencyStream(agencyId))).map(asDomainEvent<AgencyEvent>);
  return events.reduce<AgencyFact | null>(evolveAgency, null);
}

export async function findUnit(store: EventStore, unitId: string): Promise<UnitFact | null> {
  const events = (await store.readStream(unitStream(unitId))).map(asDomainEvent<AdministrativeUnitEvent>);
  return events.reduce<UnitFact | null>(evolveUnit, null);
}

/** Looks up every id once; unknown ids map to null for the decision to refuse. */
export async function findAll<Fact>(ids: (string | null)[], find: (id: string) => Promise<Fact | null>): Promise<Record<string, Fact | null>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  return Object.fromEntries(await Promise.all(unique.map(async (id) => [id, await find(id)] as const)));
}

function evolveAgency(fact: AgencyFact | null, event: AgencyEvent): AgencyFact | null {
  if (event.type === 'AgencyRegistered') {
    const { agencyId, name, kind, unitId } = event.data;
    return { agencyId, name, kind, unitId, status: 'active' };
  }
  if (!fact) return fact;
  switch (event.type) {
    case 'AgencyRenamed':
      return { ...fact, name: event.data.name };
    case 'AgencyMergedInto':
      return { ...fact, status: 'merged' };
    case 'AgencyDissolved':
      return { ...fact, status: 'dissolved' };
    default:
      return fact;
  }
}

function evolveUnit(fact: UnitFact | null, event: AdministrativeUnitEvent): UnitFact | null {
  if (event.type === 'AdministrativeUnitEstablished') return { unitId: event.data.unitId, name: event.data.name, status: 'active' };
  if (!fact) return fact;
  if (event.type === 'AdministrativeUnitRenamed') return { ...fact, name: event.data.name };
  if (event.type === 'AdministrativeUnitMergedInto') return { ...fact, status: 'merged' };
  return fact;
}
