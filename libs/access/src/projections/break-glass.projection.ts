import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { BREAK_GLASS_EVENT_TYPES, BreakGlassDeclared } from '../domain/break-glass/break-glass';

/** Declarations in force until their time limit; its table belongs to the grants projection's schema. */
export const breakGlassProjection: Projection = {
  name: 'access.break-glass',
  migrations: [],
  tables: ['access_break_glass'],
  handles: BREAK_GLASS_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const { declarationId, subject, agencyId, reason, until } = recorded.data as BreakGlassDeclared['data'];
    await tx.query('INSERT INTO access_break_glass (declaration_id, subject, agency_id, reason, until) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING', [
      declarationId,
      subject,
      agencyId,
      reason,
      until,
    ]);
  },
};
