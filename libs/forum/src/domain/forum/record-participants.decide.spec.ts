import { deciderSpec } from '@cpp/eventsourcing/testing';
import { provinceForum } from '../testing/forum-fixtures';
import { forumDecider } from './forum.decider';

const spec = deciderSpec(forumDecider);
const convened = { type: 'ForumConvened' as const, data: provinceForum };
const row = { ageBand: '11-14' as const, sex: 'female' as const, ethnicity: 'Tày', localityUnitId: 'chi-lang', count: 12 };

describe('RecordParticipants', () => {
  it('records participants as counts, with their total', () => {
    const participants = [row, { ...row, sex: 'male' as const, count: 9 }];
    spec
      .given([convened])
      .when({ type: 'RecordParticipants', forumId: provinceForum.forumId, participants })
      .then([{ type: 'ParticipantsRecorded', data: { forumId: provinceForum.forumId, participants, total: 21 } }]);
  });
  it('refuses a count that is not a positive whole number', () => {
    spec
      .given([convened])
      .when({ type: 'RecordParticipants', forumId: provinceForum.forumId, participants: [{ ...row, count: 0 }] })
      .thenRefuses('BAD_USER_INPUT', /whole number/);
  });
  it('refuses the same kind of child counted twice', () => {
    spec
      .given([convened])
      .when({ type: 'RecordParticipants', forumId: provinceForum.forumId, participants: [row, row] })
      .thenRefuses('BAD_USER_INPUT', /twice/);
  });
  it('needs the forum', () => {
    spec
      .given([])
      .when({ type: 'RecordParticipants', forumId: 'x1', participants: [row] })
      .thenRefuses('NOT_FOUND');
  });
});
