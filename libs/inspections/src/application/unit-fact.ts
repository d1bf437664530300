import { EventStore, loadState } from '@cpp/eventsourcing';
import { AdministrativeUnitEvent, unitStream } from '@cpp/organizations';
import { UnitFact } from '../domain/facts';

/**
 * A unit as its own stream tells it, read on the write side so that a plan is judged on the
 * chart as it is committed. The organizations context publishes an AgencyFact but no unit
 * fact, so this fold of its published unit events is the inspections context's one.
 */
const unitFactFold = {
  initialState: (): UnitFact | null => null,
  evolve(fact: UnitFact | null, event: AdministrativeUnitEvent): UnitFact | null {
    if (event.type === 'AdministrativeUnitEstablished') return { unitId: event.data.unitId, name: event.data.name, status: 'active' };
    if (!fact) return fact;
    if (event.type === 'AdministrativeUnitRenamed') return { ...fact, name: event.data.name };
    if (event.type === 'AdministrativeUnitMergedInto') return { ...fact, status: 'merged' };
    return fact;
  },
};

export async function findUnitFact(store: EventStore, unitId: string): Promise<UnitFact | null> {
  return (await loadState(store, unitFactFold, unitStream(unitId))).state;
}
