import { PERSONAL_DATA_ERASED, PersonalDataErased, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { DelegateEvent } from '../domain/delegate/events';
import { DELEGATE_EVENT_TYPES } from '../domain/events';
import { delegateTables } from './tables';

/**
 * Delegates, with their sealed fields as ciphertext only. On an erasure the row forgets the
 * erased fields altogether, and lists as erased only those it held (a key made for a field never
 * given is no answer to show): a rebuilt projection meets the same erasure in the log and ends
 * the same way.
 */
export const delegatesProjection: Projection = {
  name: 'forum.delegates',
  migrations: delegateTables,
  tables: ['forum_delegates'],
  handles: [...DELEGATE_EVENT_TYPES, PERSONAL_DATA_ERASED],
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = recorded as unknown as DelegateEvent | PersonalDataErased;
    switch (event.type) {
      case 'DelegateSelected': {
        const d = event.data;
        await tx.query(
          `INSERT INTO forum_delegates (delegate_id, subject_id, forum_id, to_forum_id, age_band, sex, ethnicity, locality_unit_id, selecting_body, consent_reference, selected_on, child_consent, guardian_consent, status, sealed_fields, erased_fields)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, false, false, 'selected', '{}', '[]')`,
          [
            d.delegateId,
            d.subjectId,
            d.forumId,
            d.toForumId,
            d.ageBand,
            d.sex,
            d.ethnicity,
            d.localityUnitId,
            d.selectingBody,
            d.consentReference,
            d.selectedOn,
          ],
        );
        return;
      }
      case 'DelegateConsentGiven':
        await tx.query(`UPDATE forum_delegates SET ${event.data.givenBy === 'child' ? 'child_consent' : 'guardian_consent'} = true WHERE delegate_id = $1`, [
          event.data.delegateId,
        ]);
        return;
      case 'DelegatePersonalDetailsRecorded':
        await tx.query('UPDATE forum_delegates SET sealed_fields = sealed_fields || $2::jsonb WHERE delegate_id = $1', [
          event.data.delegateId,
          JSON.stringify(event.data.details),
        ]);
        return;
      case 'DelegateConsentWithdrawn':
        await tx.query(
          `UPDATE forum_delegates SET status = 'withdrawn', ${event.data.withdrawnBy === 'child' ? 'child_consent' : 'guardian_consent'} = false WHERE delegate_id = $1`,
          [event.data.delegateId],
        );
        return;
      case 'PersonalDataErased': {
        const { subjectId, fields } = event.data;
        await tx.query(
          `UPDATE forum_delegates
           SET sealed_fields = sealed_fields - $2::text[],
               erased_fields = (
                 SELECT COALESCE(jsonb_agg(DISTINCT f ORDER BY f), '[]')
                 FROM jsonb_array_elements_text(erased_fields || (SELECT COALESCE(jsonb_agg(g), '[]') FROM unnest($2::text[]) g WHERE sealed_fields ? g)) f
               )
           WHERE subject_id = $1`,
          [subjectId, fields],
        );
        return;
      }
    }
  },
};
