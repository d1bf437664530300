import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, forwarded, otherAgency, raised } from '../testing/forum-fixtures';
import { recommendationDecider } from './recommendation.decider';

const spec = deciderSpec(recommendationDecider);
const answer = {
  type: 'AnswerRecommendation' as const,
  recommendationId: raised.data.recommendationId,
  decision: 'partly-accepted',
  answer: 'Hè này, mỗi huyện mở một lớp học bơi miễn phí.',
  reason: 'Chưa đủ bể bơi để mở lớp ở mọi xã.',
  answeredOn: '2019-07-10',
  today: '2019-07-10',
  successorAgencyIds: [] as string[],
  requester: agencyOfficer,
};
const answered = {
  type: 'RecommendationAnswered' as const,
  data: {
    recommendationId: raised.data.recommendationId,
    forumId: raised.data.forumId,
    responsibleAgencyId: 'so-gd-lang-son',
    decision: 'partly-accepted' as const,
    answer: answer.answer,
    reason: answer.reason,
    answeredOn: '2019-07-10',
    answeredBy: 'officer-so-gd',
    answeringAgencyId: 'so-gd-lang-son',
  },
};

describe('AnswerRecommendation', () => {
  it('the agency answers in plain words, with the reason for what it declines', () => {
    spec.given([raised, forwarded]).when(answer).then([answered]);
  });
  it('declining needs the reason', () => {
    spec
      .given([raised, forwarded])
      .when({ ...answer, decision: 'not-accepted', reason: ' ' })
      .thenRefuses('BAD_USER_INPUT', /reason/);
  });
  it('accepting needs none', () => {
    spec
      .given([raised, forwarded])
      .when({ ...answer, decision: 'accepted', reason: null })
      .then([{ ...answered, data: { ...answered.data, decision: 'accepted', reason: null } }]);
  });
  it('only the agency it was forwarded to answers, once', () => {
    spec
      .given([raised, forwarded])
      .when({ ...answer, requester: otherAgency })
      .thenRefuses('FORBIDDEN');
    spec
      .given([raised, forwarded, answered])
      .when(answer)
      .thenRefuses('CONFLICT', /already answered/);
  });
  it('after a merger, the successor answers for the agency it absorbed', () => {
    const successor = { subject: 'officer-so-gd-moi', agencyId: 'so-gd-kh-cn', roles: ['agency-officer'] };
    spec
      .given([raised, forwarded])
      .when({ ...answer, successorAgencyIds: ['so-gd-kh-cn'], requester: successor })
      .then([{ ...answered, data: { ...answered.data, answeredBy: 'officer-so-gd-moi', answeringAgencyId: 'so-gd-kh-cn' } }]);
  });
  it('is answered after it was forwarded, never dated ahead', () => {
    spec
      .given([raised])
      .when(answer)
      .thenRefuses('CONFLICT', /not been forwarded/);
    spec
      .given([raised, forwarded])
      .when({ ...answer, answeredOn: '2019-07-11' })
      .thenRefuses('BAD_USER_INPUT', /after today/);
  });
});
