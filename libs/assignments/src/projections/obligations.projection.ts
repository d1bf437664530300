import { asDomainEvent, Projection, RecordedEvent, SqlExecutor, stateRowsRebuilder } from '@cpp/eventsourcing';
import { OBLIGATION_EVENT_TYPES, ObligationEvent } from '../domain/events';
import { Obligation, ObligationState } from '../domain/obligation/state';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationFold } from './obligation-fold';
import { LISTING_COLUMNS, listingOf, listingValues } from './obligation-listing';
import { obligationTables } from './tables';

/**
 * Each obligation's row is its decider state, folded by the decider's own `evolve`: the
 * read model and the as-of replay (which folds the log in memory) cannot disagree.
 */
export const obligationsProjection: Projection = {
  name: 'assignments.obligations',
  migrations: obligationTables,
  tables: ['assignments_obligations'],
  handles: OBLIGATION_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = asDomainEvent<ObligationEvent>(recorded);
    const current = await tx.query<{ state: ObligationState | string }>('SELECT state FROM assignments_obligations WHERE obligation_id = $1', [
      event.data.obligationId,
    ]);
    const before: ObligationState = current.rows.length ? parse(current.rows[0].state) : obligationDecider.initialState();
    const after = obligationDecider.evolve(before, event);
    if (after.status === 'none') return;
    await tx.query(UPSERT, obligationRowValues(after));
  },
  /** The batch's obligations read at once, folded in memory, written in multi-row upserts. */
  async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
    const domainEvents = events.map((recorded) => asDomainEvent<ObligationEvent>(recorded));
    const ids = [...new Set(domainEvents.map((event) => event.data.obligationId))];
    const current = await tx.query<{ obligation_id: string; state: ObligationState | string }>(
      'SELECT obligation_id, state FROM assignments_obligations WHERE obligation_id = ANY($1::text[])',
      [ids],
    );
    const states = new Map<string, ObligationState>(current.rows.map((row) => [row.obligation_id, parse(row.state)]));
    const changed = new Set<string>();
    for (const event of domainEvents) {
      const id = event.data.obligationId;
      const after = obligationDecider.evolve(states.get(id) ?? obligationDecider.initialState(), event);
      if (after.status === 'none') continue;
      states.set(id, after);
      changed.add(id);
    }
    await upsertRows(
      tx,
      'assignments_obligations',
      OBLIGATION_COLUMNS,
      [...changed].map((id) => obligationRowValues(states.get(id) as Obligation)),
    );
  },
  rebuilder: (shared) => stateRowsRebuilder(obligationFold(shared), 'assignments_obligations', OBLIGATION_COLUMNS, obligationRowValues),
};

export const OBLIGATION_COLUMNS = [
  'obligation_id',
  'kind',
  'assignee_agency_id',
  'recipient_agency_id',
  'directive_id',
  'period_label',
  'period_year',
  'due_date',
  'original_due_date',
  'status',
  'submitted_late',
  'overdue_recorded',
  'approaching_recorded',
  ...LISTING_COLUMNS,
  'state',
] as const;

/** The row an obligation's state is stored as (the bench's bulk load uses it too). */
export function obligationRowValues(obligation: Obligation): unknown[] {
  const listing = listingOf(obligation);
  return [
    obligation.obligationId,
    obligation.kind,
    obligation.assigneeAgencyId,
    obligation.recipientAgencyId,
    obligation.source.directiveId,
    listing.periodLabel,
    listing.periodYear,
    obligation.dueDate,
    obligation.originalDueDate,
    obligation.status,
    listing.submittedLate,
    obligation.overdueDeadlines.includes(obligation.dueDate),
    obligation.approachingDeadlines.includes(obligation.dueDate),
    ...listingValues(listing),
    JSON.stringify(obligation),
  ];
}

const UPSERT = `INSERT INTO assignments_obligations (${OBLIGATION_COLUMNS.join(', ')})
VALUES (${OBLIGATION_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
ON CONFLICT (obligation_id) DO UPDATE SET ${OBLIGATION_COLUMNS.slice(1)
  .map((column) => `${column} = EXCLUDED.${column}`)
  .join(', ')}`;

/** Multi-row `INSERT … ON CONFLICT (first column) DO UPDATE` of whole rows, a few hundred at a time. */
export async function upsertRows(tx: SqlExecutor, table: string, columns: readonly string[], rows: unknown[][], rowsPerStatement = 500): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    await tx.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')}
       ON CONFLICT (${columns[0]}) DO UPDATE SET ${columns
         .slice(1)
         .map((column) => `${column} = EXCLUDED.${column}`)
         .join(', ')}`,
      chunk.flat(),
    );
  }
}

export function parse<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
