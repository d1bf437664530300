import { followUpOf } from './follow-up';
import { RecommendationView } from './forum.queries';

const base: RecommendationView = {
  recommendationId: 'kn-1',
  forumId: 'f1',
  raisedBy: 'nhóm trẻ em',
  theme: 'drowning',
  text: 'Dạy bơi',
  raisedOn: '2019-05-20',
  responsibleAgencyId: null,
  summary: null,
  forwardedOn: null,
  dueDate: null,
  decision: null,
  answer: null,
  reason: null,
  answeredOn: null,
  answeringAgencyId: null,
  implementationStatus: null,
  implementationNote: null,
  implementationReason: null,
  implementationReportedOn: null,
  escalatedToForumId: null,
  escalatedOn: null,
};

describe('what became of an edition’s recommendations', () => {
  it('counts each outcome, and the forwarded ones left unanswered past their date', () => {
    const forwarded = { ...base, forwardedOn: '2019-06-01', dueDate: '2019-07-31', responsibleAgencyId: 'a1' };
    const report = followUpOf(
      [
        base,
        forwarded,
        { ...forwarded, dueDate: '2021-09-01' },
        { ...forwarded, answeredOn: '2019-07-01', decision: 'accepted', implementationStatus: 'implemented' },
        { ...forwarded, answeredOn: '2019-07-01', decision: 'partly-accepted', implementationStatus: 'continuing' },
        { ...forwarded, answeredOn: '2019-07-01', decision: 'not-accepted' },
      ],
      '2021-05-01',
    );
    expect(report).toEqual({
      raised: 6,
      forwarded: 5,
      answered: 3,
      accepted: 1,
      partlyAccepted: 1,
      notAccepted: 1,
      implemented: 1,
      continuing: 1,
      notPossible: 0,
      unansweredPastDue: 1,
    });
  });
});
