import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, forumFacts, nationalFacts, organiserOfficer, raised } from '../testing/forum-fixtures';
import { recommendationDecider } from './recommendation.decider';

const spec = deciderSpec(recommendationDecider);
const escalate = {
  type: 'EscalateRecommendation' as const,
  recommendationId: raised.data.recommendationId,
  forum: { ...forumFacts, parentForumId: 'dien-dan-quoc-gia-6' },
  toForum: nationalFacts,
  escalatedOn: '2019-06-02',
  requester: organiserOfficer,
};
const escalated = {
  type: 'RecommendationEscalated' as const,
  data: { recommendationId: raised.data.recommendationId, forumId: raised.data.forumId, toForumId: 'dien-dan-quoc-gia-6', escalatedOn: '2019-06-02' },
};

describe('EscalateRecommendation', () => {
  it('carries the recommendation to the next level’s forum', () => {
    spec.given([raised]).when(escalate).then([escalated]);
  });
  it('only to the forum this one sends to, and once', () => {
    spec
      .given([raised])
      .when({ ...escalate, toForum: { ...nationalFacts, forumId: 'dien-dan-khac' } })
      .thenRefuses('BAD_USER_INPUT', /next level/);
    spec.given([raised, escalated]).when(escalate).thenRefuses('CONFLICT');
  });
  it('is the organiser’s to do', () => {
    spec
      .given([raised])
      .when({ ...escalate, requester: agencyOfficer })
      .thenRefuses('FORBIDDEN');
  });
});
