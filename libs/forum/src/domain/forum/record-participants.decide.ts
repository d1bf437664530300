import { invalid, notFound, requireIdentifier } from '@cpp/eventsourcing';
import { AGE_BANDS, requireOneOf, requireText, SEXES } from '../vocabulary';
import { RecordParticipants } from './commands';
import { ForumEvent } from './events';
import { ForumState } from './state';

/** Replaces the forum's counts: the organiser records them once the forum is over, and corrects them the same way. */
export function decideRecordParticipants(command: RecordParticipants, state: ForumState): ForumEvent[] {
  if (state.status === 'none') throw notFound(`No forum ${command.forumId}`);
  if (command.participants.length === 0) throw invalid('Participants are recorded as at least one count');
  const seen = new Set<string>();
  const participants = command.participants.map((row) => {
    const ageBand = requireOneOf(row.ageBand, AGE_BANDS, 'ageBand');
    const sex = requireOneOf(row.sex, SEXES, 'sex');
    const ethnicity = requireText(row.ethnicity, 'ethnicity');
    const localityUnitId = requireIdentifier(row.localityUnitId, 'localityUnitId');
    if (!Number.isInteger(row.count) || row.count < 1) throw invalid('Each count is a whole number of children, at least one');
    const key = [ageBand, sex, ethnicity, localityUnitId].join('|');
    if (seen.has(key)) throw invalid(`Participants counted twice for ${key}`);
    seen.add(key);
    return { ageBand, sex, ethnicity, localityUnitId, count: row.count };
  });
  return [{ type: 'ParticipantsRecorded', data: { forumId: state.forumId, participants, total: participants.reduce((sum, row) => sum + row.count, 0) } }];
}
