import { conflict, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { requireNotBefore } from '../effective-order';
import type { AgencyState } from './state';

type ExistingAgency = Exclude<AgencyState, { status: 'none' }>;

/** A merged or dissolved agency is history: it no longer changes, and a change may not predate its last one. */
export function activeAgencyOn(state: AgencyState, agencyId: string, effectiveFrom: string): ExistingAgency {
  requireLocalDate(effectiveFrom, 'effectiveFrom');
  if (state.status === 'none') throw notFound(`Agency ${agencyId} is not registered`);
  if (state.status !== 'active') throw conflict(`Agency ${agencyId} is ${state.status} and no longer changes`);
  requireNotBefore(effectiveFrom, state.lastChange, `Agency ${agencyId}`);
  return state;
}

/** Functions are a set: holding one twice means nothing more. */
export function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
