import { EventStore, loadState } from '@cpp/eventsourcing';
import { levelsDecider } from '../domain/levels/levels.decider';
import { LEVELS_STREAM, unitStream } from '../domain/streams';
import { LevelFact, UnitFact } from '../domain/unit/commands';
import { unitDecider } from '../domain/unit/unit.decider';

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
