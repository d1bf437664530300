import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, forwarded, raised } from '../testing/forum-fixtures';
import { RecommendationAnswered } from './events';
import { recommendationDecider } from './recommendation.decider';

const spec = deciderSpec(recommendationDecider);
const answered = (decision: RecommendationAnswered['data']['decision']): RecommendationAnswered => ({
  type: 'RecommendationAnswered',
  data: {
    recommendationId: raised.data.recommendationId,
    forumId: raised.data.forumId,
    responsibleAgencyId: 'so-gd-lang-son',
    decision,
    answer: 'Có',
    reason: decision === 'accepted' ? null : 'Vì',
    answeredOn: '2019-07-10',
    answeredBy: 'officer-so-gd',
    answeringAgencyId: 'so-gd-lang-son',
  },
});
const report = {
  type: 'ReportImplementation' as const,
  recommendationId: raised.data.recommendationId,
  status: 'continuing',
  note: 'Đã mở 5 lớp học bơi.',
  reason: null,
  reportedOn: '2019-08-30',
  today: '2019-09-01',
  successorAgencyIds: [] as string[],
  requester: agencyOfficer,
};
const reported = (status: 'continuing' | 'implemented' | 'not-possible', reason: string | null = null) => ({
  type: 'ImplementationReported' as const,
  data: {
    recommendationId: raised.data.recommendationId,
    forumId: raised.data.forumId,
    responsibleAgencyId: 'so-gd-lang-son',
    status,
    note: report.note,
    reason,
    reportedOn: '2019-08-30',
    reportingAgencyId: 'so-gd-lang-son',
  },
});

describe('ReportImplementation', () => {
  it('reports what was done, again while it continues', () => {
    spec
      .given([raised, forwarded, answered('accepted')])
      .when(report)
      .then([reported('continuing')]);
    spec
      .given([raised, forwarded, answered('accepted'), reported('continuing')])
      .when({ ...report, status: 'implemented' })
      .then([reported('implemented')]);
  });
  it('not possible needs the reason', () => {
    spec
      .given([raised, forwarded, answered('partly-accepted')])
      .when({ ...report, status: 'not-possible' })
      .thenRefuses('BAD_USER_INPUT', /reason/);
    spec
      .given([raised, forwarded, answered('partly-accepted')])
      .when({ ...report, status: 'not-possible', reason: 'Không có kinh phí' })
      .then([reported('not-possible', 'Không có kinh phí')]);
  });
  it('nothing to implement before an answer, after a refusal, or after it was finished', () => {
    spec
      .given([raised, forwarded])
      .when(report)
      .thenRefuses('CONFLICT', /answered/);
    spec
      .given([raised, forwarded, answered('not-accepted')])
      .when(report)
      .thenRefuses('CONFLICT', /not accepted/);
    spec
      .given([raised, forwarded, answered('accepted'), reported('implemented')])
      .when(report)
      .thenRefuses('CONFLICT', /already reported/);
  });
});
