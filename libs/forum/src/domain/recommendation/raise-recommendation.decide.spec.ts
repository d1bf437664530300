import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, forumFacts, organiserOfficer, raised } from '../testing/forum-fixtures';
import { recommendationDecider } from './recommendation.decider';

const spec = deciderSpec(recommendationDecider);
const { recommendationId, raisedBy, theme, text, raisedOn } = raised.data;
const raise = { type: 'RaiseRecommendation' as const, recommendationId, forum: forumFacts, raisedBy, theme, text, raisedOn, requester: organiserOfficer };

describe('RaiseRecommendation', () => {
  it('records the group’s recommendation at its forum', () => {
    spec.given([]).when(raise).then([raised]);
  });
  it('is the organiser’s to record', () => {
    spec
      .given([])
      .when({ ...raise, requester: agencyOfficer })
      .thenRefuses('FORBIDDEN');
  });
  it('needs the group that raised it and its words', () => {
    spec
      .given([])
      .when({ ...raise, raisedBy: ' ' })
      .thenRefuses('BAD_USER_INPUT', /raisedBy/);
    spec
      .given([])
      .when({ ...raise, text: '' })
      .thenRefuses('BAD_USER_INPUT', /text/);
  });
  it('is raised once', () => {
    spec.given([raised]).when(raise).thenRefuses('CONFLICT');
  });
});
