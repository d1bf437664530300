import { forumResponsePolicy } from './forum-response.policy';
import { NONE_GONE } from './testing/former-agencies';

const forwarded = {
  type: 'RecommendationForwarded' as const,
  data: {
    recommendationId: 'kn-2019-duoi-nuoc',
    forumId: 'dien-dan-lang-son-2019',
    organiserAgencyId: 'tinh-doan-lang-son',
    responsibleAgencyId: 'so-gd-lang-son',
    summary: 'Dạy bơi miễn phí cho trẻ em vào mùa hè',
    forwardedOn: '2019-06-01',
    dueDate: '2019-07-31',
  },
};

describe('a forum recommendation forwarded to an agency', () => {
  it('opens the agency’s response obligation, due when the forum’s response period ends', () => {
    expect(forumResponsePolicy(forwarded, { eventId: 'e1', former: NONE_GONE })).toEqual([
      {
        aggregate: 'obligation',
        command: {
          type: 'OpenObligation',
          spec: {
            obligationId: 'forum-recommendation:kn-2019-duoi-nuoc',
            kind: 'forum-recommendation',
            title: 'Dạy bơi miễn phí cho trẻ em vào mùa hè',
            source: {
              type: 'forum',
              directiveId: null,
              documentNumber: null,
              documentSubject: 'dien-dan-lang-son-2019',
              sections: [],
              regimeId: null,
              taskId: null,
              inspectionId: null,
              recommendationId: 'kn-2019-duoi-nuoc',
            },
            period: null,
            assigneeAgencyId: 'so-gd-lang-son',
            recipientAgencyId: 'tinh-doan-lang-son',
            dueDate: '2019-07-31',
          },
          openedOn: '2019-06-01',
        },
      },
    ]);
  });

  it('is met by the answer, from the agency that gave it (a successor after a merger)', () => {
    const answered = {
      type: 'RecommendationAnswered' as const,
      data: {
        recommendationId: 'kn-2019-duoi-nuoc',
        forumId: 'dien-dan-lang-son-2019',
        responsibleAgencyId: 'so-gd-lang-son',
        decision: 'accepted' as const,
        answer: 'Mỗi huyện mở lớp học bơi.',
        reason: null,
        answeredOn: '2019-08-05',
        answeredBy: 'officer-1',
        answeringAgencyId: 'so-gd-kh-cn',
      },
    };
    expect(forumResponsePolicy(answered, { eventId: 'e2', former: NONE_GONE })).toEqual([
      {
        aggregate: 'obligation',
        command: {
          type: 'RecordCorrectiveAction',
          obligationId: 'forum-recommendation:kn-2019-duoi-nuoc',
          agencyId: 'so-gd-kh-cn',
          action: 'accepted: Mỗi huyện mở lớp học bơi.',
          reportedOn: '2019-08-05',
          sourceEventId: 'e2',
        },
      },
    ]);
  });

  it('owes no second deadline for carrying it out', () => {
    const reported = {
      type: 'ImplementationReported' as const,
      data: {
        recommendationId: 'kn-1',
        forumId: 'f',
        responsibleAgencyId: 'a',
        status: 'continuing' as const,
        note: 'n',
        reason: null,
        reportedOn: '2019-09-01',
        reportingAgencyId: 'a',
      },
    };
    expect(forumResponsePolicy(reported, { eventId: 'e3', former: NONE_GONE })).toEqual([]);
  });
});
