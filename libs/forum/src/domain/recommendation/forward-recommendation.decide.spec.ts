import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, forumFacts, forwarded, organiserOfficer, raised } from '../testing/forum-fixtures';
import { recommendationDecider } from './recommendation.decider';

const spec = deciderSpec(recommendationDecider);
const forward = {
  type: 'ForwardRecommendation' as const,
  recommendationId: raised.data.recommendationId,
  forum: forumFacts,
  responsibleAgency: { agencyId: 'so-gd-lang-son', status: 'active' },
  summary: 'Dạy bơi miễn phí cho trẻ em vào mùa hè',
  forwardedOn: '2019-06-01',
  requester: organiserOfficer,
};

describe('ForwardRecommendation', () => {
  it('owes the agency an answer within the forum’s response period', () => {
    spec.given([raised]).when(forward).then([forwarded]);
  });
  it('counts the days the forum set', () => {
    spec
      .given([raised])
      .when({ ...forward, forum: { ...forumFacts, responseDays: 30 } })
      .then([{ ...forwarded, data: { ...forwarded.data, dueDate: '2019-07-01' } }]);
  });
  it('goes to an agency that still exists', () => {
    spec
      .given([raised])
      .when({ ...forward, responsibleAgency: { agencyId: 'so-gd-lang-son', status: 'merged' } })
      .thenRefuses('CONFLICT', /successor/);
    spec
      .given([raised])
      .when({ ...forward, responsibleAgency: null })
      .thenRefuses('NOT_FOUND');
  });
  it('is forwarded once, by the organiser', () => {
    spec.given([raised, forwarded]).when(forward).thenRefuses('CONFLICT');
    spec
      .given([raised])
      .when({ ...forward, requester: agencyOfficer })
      .thenRefuses('FORBIDDEN');
  });
});
