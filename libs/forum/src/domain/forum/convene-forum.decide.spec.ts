import { deciderSpec } from '@cpp/eventsourcing/testing';
import { provinceForum } from '../testing/forum-fixtures';
import { forumDecider } from './forum.decider';

const spec = deciderSpec(forumDecider);
const convene = (
  forum: Partial<Omit<typeof provinceForum, 'responseDays'>> & { responseDays?: number | null } = {},
  parentLevel: 'national' | 'province' | null = 'national',
) => ({
  type: 'ConveneForum' as const,
  forum: { ...provinceForum, ...forum },
  parentLevel,
});

describe('ConveneForum', () => {
  it('convenes a forum with its response period', () => {
    spec
      .given([])
      .when(convene())
      .then([{ type: 'ForumConvened', data: provinceForum }]);
  });
  it('gives 60 days to answer when the forum sets none', () => {
    spec
      .given([])
      .when(convene({ responseDays: null }))
      .then([{ type: 'ForumConvened', data: { ...provinceForum, responseDays: 60 } }]);
  });
  it('sends to a forum of a higher level only', () => {
    spec
      .given([])
      .when(convene({}, 'province'))
      .thenRefuses('BAD_USER_INPUT', /higher level/);
  });
  it('refuses an unknown parent forum', () => {
    spec
      .given([])
      .when(convene({}, null))
      .thenRefuses('BAD_USER_INPUT', /not known/);
  });
  it('refuses a level it does not know', () => {
    spec
      .given([])
      .when(convene({ level: 'village' as never }))
      .thenRefuses('BAD_USER_INPUT', /level/);
  });
  it('convenes once', () => {
    spec
      .given([{ type: 'ForumConvened', data: provinceForum }])
      .when(convene())
      .thenRefuses('CONFLICT');
  });
});
