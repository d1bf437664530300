import { EventStore, loadState } from '@cpp/eventsourcing';
import { agencyDecider, AgencyFact, agencyFact } from '../domain/agency/agency.decider';
import { LevelFact, UnitFact, unitDecider } from '../domain/unit/unit.decider';
import { levelsDecider } from '../domain/levels/levels.decider';
import { agencyStream, LEVELS_STREAM, unitStream } from '../domain/streams';

/** Looks up, from the write side, the facts a decision about another stream depends on. */
export async function findAgency(store: EventStore, agencyId: string): Promise<AgencyFact | null> {
  return agencyFact((await loadState(store, agencyDecider, agencyStream(agencyId))).state);
}

export async function findLevel(store: EventStore, levelCode: string): Promise<LevelFact | null> {
  const level = (await loadState(store, levelsDecider, LEVELS_STREAM)).state.levels.get(levelCode);
  return level ? { levelCode, rank: level.rank, retiredFrom: level.retiredFrom } : null;
}

export async function findUnit(store: EventStore, unitId: string): Promise<UnitFact | null> {
  const { state } = await loadState(store, unitDecider, unitStream(unitId));
  if (state.status === 'none') return null;
  const level = await findLevel(store, state.levelCode);
  return { unitId, status: state.status, levelRank: level?.rank ?? 0 };
}
