import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { GRANT_EVENT_TYPES, GrantEvent } from '../domain/grant/events';
import { accessTables } from './tables';

/** The grants the guard consults: one row per grant, revocation dated. */
export const grantsProjection: Projection = {
  name: 'access.grants',
  migrations: accessTables,
  tables: ['access_grants'],
  handles: GRANT_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyGrant(tx, recorded as unknown as GrantEvent),
};

async function applyGrant(tx: SqlExecutor, event: GrantEvent): Promise<void> {
  if (event.type === 'AccessGranted') {
    const { grantId, subject, role, agencyId, jurisdictionUnitId, validFrom, validTo, grantedBy } = event.data;
    await tx.query(
      `INSERT INTO access_grants (grant_id, subject, role, agency_id, jurisdiction_unit_id, valid_from, valid_to, granted_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [grantId, subject, role, agencyId, jurisdictionUnitId, validFrom, validTo, grantedBy],
    );
    return;
  }
  await tx.query('UPDATE access_grants SET revoked_on = $2 WHERE grant_id = $1', [event.data.grantId, event.data.revokedOn]);
}
