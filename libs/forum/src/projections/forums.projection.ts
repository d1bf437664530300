import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { FORUM_EVENT_TYPES } from '../domain/events';
import { ForumEvent } from '../domain/forum/events';
import { forumTables } from './tables';

export const forumsProjection: Projection = {
  name: 'forum.forums',
  migrations: forumTables,
  tables: ['forum_forums'],
  handles: FORUM_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = recorded as unknown as ForumEvent;
    switch (event.type) {
      case 'ForumConvened': {
        const d = event.data;
        await tx.query(
          `INSERT INTO forum_forums (forum_id, level, edition, title, theme, organiser_agency_id, locality_unit_id, held_on, parent_forum_id, previous_forum_id, response_days, participants, participant_total)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '[]', 0)`,
          [
            d.forumId,
            d.level,
            d.edition,
            d.title,
            d.theme,
            d.organiserAgencyId,
            d.localityUnitId,
            d.heldOn,
            d.parentForumId,
            d.previousForumId,
            d.responseDays,
          ],
        );
        return;
      }
      case 'ParticipantsRecorded':
        await tx.query('UPDATE forum_forums SET participants = $2, participant_total = $3 WHERE forum_id = $1', [
          event.data.forumId,
          JSON.stringify(event.data.participants),
          event.data.total,
        ]);
        return;
    }
  },
};
