import { conflict, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { requireNotBefore } from '../effective-order';
import { UnitState } from './state';

type ExistingUnit = Exclude<UnitState, { status: 'none' }>;

/** A merged unit is history: it no longer changes, and a change may not predate its last one. */
export function activeUnitOn(state: UnitState, unitId: string, effectiveFrom: string): ExistingUnit {
  requireLocalDate(effectiveFrom, 'effectiveFrom');
  if (state.status === 'none') throw notFound(`Administrative unit ${unitId} does not exist`);
  if (state.status !== 'active') throw conflict(`Administrative unit ${unitId} was merged and no longer changes`);
  requireNotBefore(effectiveFrom, state.lastChange, `Unit ${unitId}`);
  return state;
}
