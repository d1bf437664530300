import { Projection, recordedVersionsRebuilder, recordVersion, recordVersions, RecordedEvent, RecordedVersionTable, SqlExecutor } from '@cpp/eventsourcing';
import { OBLIGATION_EVENT_TYPES } from '../domain/events';
import { Obligation } from '../domain/obligation/state';
import { obligationChange, obligationFold } from './obligation-fold';
import { OBLIGATION_COLUMNS, obligationRowValues } from './obligations.projection';
import { obligationVersionTables } from './tables';

/** The current row's filter columns (not the listing's: as-of answers derive it from the state). */
const VERSION_COLUMNS = OBLIGATION_COLUMNS.slice(1, OBLIGATION_COLUMNS.indexOf('approaching_recorded') + 1);

export const OBLIGATION_VERSIONS: RecordedVersionTable<Obligation> = {
  table: 'assignments_obligation_versions',
  key: 'obligation_id',
  columns: VERSION_COLUMNS,
  values: (obligation) => obligationRowValues(obligation).slice(1, 1 + VERSION_COLUMNS.length),
};

/** Each obligation's versions, folded by the decider's own `evolve`, as the as-of replay folds them. */
export const obligationVersionsProjection: Projection = {
  name: 'assignments.obligation-versions',
  migrations: obligationVersionTables,
  tables: ['assignments_obligation_versions'],
  handles: OBLIGATION_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const change = obligationChange(recorded);
    await recordVersion(tx, OBLIGATION_VERSIONS, change.id, change.recordedAt, change.evolve);
  },
  async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
    await recordVersions(tx, OBLIGATION_VERSIONS, events.map(obligationChange));
  },
  rebuilder: (shared) => recordedVersionsRebuilder(obligationFold(shared), OBLIGATION_VERSIONS),
};
