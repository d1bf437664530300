import { asDomainEvent, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { OBLIGATION_EVENT_TYPES, ObligationEvent } from '../domain/events';
import { Obligation, ObligationState } from '../domain/obligation/state';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { standingTimeliness } from '../domain/obligation/obligation-status';
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
    const current = await tx.query<{ state: ObligationState | string }>('SELECT state FROM assignments_obligations WHERE obligation_id = $1', [event.data.obligationId]);
    const before: ObligationState = current.rows.length ? parse(current.rows[0].state) : obligationDecider.initialState();
    const after = obligationDecider.evolve(before, event);
    if (after.status === 'none') return;
    await tx.query(UPSERT, obligationRowValues(after));
  },
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
  'state',
] as const;

/** The row an obligation's state is stored as (the bench's bulk load uses it too). */
export function obligationRowValues(obligation: Obligation): unknown[] {
  const timeliness = standingTimeliness(obligation);
  return [
    obligation.obligationId,
    obligation.kind,
    obligation.assigneeAgencyId,
    obligation.recipientAgencyId,
    obligation.source.directiveId,
    obligation.period?.label ?? null,
    obligation.period?.year ?? null,
    obligation.dueDate,
    obligation.originalDueDate,
    obligation.status,
    timeliness === null ? null : timeliness === 'late',
    obligation.overdueDeadlines.includes(obligation.dueDate),
    obligation.approachingDeadlines.includes(obligation.dueDate),
    JSON.stringify(obligation),
  ];
}

const UPSERT = `INSERT INTO assignments_obligations (${OBLIGATION_COLUMNS.join(', ')})
VALUES (${OBLIGATION_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
ON CONFLICT (obligation_id) DO UPDATE SET ${OBLIGATION_COLUMNS.slice(1)
  .map((column) => `${column} = EXCLUDED.${column}`)
  .join(', ')}`;

export function parse<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
