import { asDomainEvent, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { DIRECTIVE_PLAN_EVENT_TYPES, DirectivePlanEvent } from '../domain/plan/events';
import { planTables } from './tables';

/** Which plans the deadline monitor must extend as the clock moves into a new year. */
export const directivePlansProjection: Projection = {
  name: 'assignments.plans',
  migrations: planTables,
  tables: ['assignments_directive_plans'],
  handles: DIRECTIVE_PLAN_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = asDomainEvent<DirectivePlanEvent>(recorded);
    switch (event.type) {
      case 'DirectivePlanRecorded':
        await tx.query(
          `INSERT INTO assignments_directive_plans (directive_id, status, open_ended, horizon) VALUES ($1, 'in-force', $2, $3) ON CONFLICT (directive_id) DO NOTHING`,
          [event.data.directiveId, event.data.regimes.some((regime) => regime.activeUntil === null), event.data.horizon],
        );
        return;
      case 'DirectivePlanAmended':
        if (event.data.addedRegimes.some((regime) => regime.activeUntil === null)) {
          await tx.query('UPDATE assignments_directive_plans SET open_ended = true WHERE directive_id = $1', [event.data.directiveId]);
        }
        return;
      case 'ReportingHorizonExtended':
        await tx.query('UPDATE assignments_directive_plans SET horizon = $2 WHERE directive_id = $1', [event.data.directiveId, event.data.horizon]);
        return;
      case 'DirectivePlanClosed':
        await tx.query('UPDATE assignments_directive_plans SET status = $2 WHERE directive_id = $1', [event.data.directiveId, event.data.outcome]);
        return;
      case 'AdHocReportRecorded':
        return;
    }
  },
};
