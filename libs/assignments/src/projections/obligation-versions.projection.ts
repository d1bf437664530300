import { asDomainEvent, Projection, recordVersion, recordVersions, RecordedEvent, RecordedVersionTable, SqlExecutor } from '@cpp/eventsourcing';
import { OBLIGATION_EVENT_TYPES, ObligationEvent } from '../domain/events';
import { Obligation } from '../domain/obligation/state';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { OBLIGATION_COLUMNS, obligationRowValues } from './obligations.projection';
import { obligationVersionTables } from './tables';

export const OBLIGATION_VERSIONS: RecordedVersionTable<Obligation> = {
  table: 'assignments_obligation_versions',
  key: 'obligation_id',
  columns: OBLIGATION_COLUMNS.slice(1, -1),
  values: (obligation) => obligationRowValues(obligation).slice(1, -1),
};

/** Each obligation's versions, folded by the decider's own `evolve`, as the as-of replay folds them. */
export const obligationVersionsProjection: Projection = {
  name: 'assignments.obligation-versions',
  migrations: obligationVersionTables,
  tables: ['assignments_obligation_versions'],
  handles: OBLIGATION_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = asDomainEvent<ObligationEvent>(recorded);
    await recordVersion(tx, OBLIGATION_VERSIONS, event.data.obligationId, recorded.metadata.recordedAt, (before) => {
      const after = obligationDecider.evolve(before ?? obligationDecider.initialState(), event);
      return after.status === 'none' ? null : after;
    });
  },
  async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
    await recordVersions(
      tx,
      OBLIGATION_VERSIONS,
      events.map((recorded) => {
        const event = asDomainEvent<ObligationEvent>(recorded);
        return {
          id: event.data.obligationId,
          recordedAt: recorded.metadata.recordedAt,
          evolve: (before: Obligation | null) => {
            const after = obligationDecider.evolve(before ?? obligationDecider.initialState(), event);
            return after.status === 'none' ? null : after;
          },
        };
      }),
    );
  },
};
