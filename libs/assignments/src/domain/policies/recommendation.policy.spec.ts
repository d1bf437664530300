import type { RecommendationFollowUpEvent } from '@cpp/inspections';
import { followRecommendation } from './recommendation.policy';
import { directory, merged, NONE_GONE } from './testing/former-agencies';

const OBLIGATION = 'recommendation:tt-soc-trang-2021/kn-1';
const ids = { inspectionId: 'tt-soc-trang-2021', recommendationId: 'kn-1' };
const follow = (event: RecommendationFollowUpEvent, former = NONE_GONE) => followRecommendation(event, { eventId: 'e1', former });
const issued: RecommendationFollowUpEvent = {
  type: 'RecommendationIssued',
  data: {
    ...ids,
    findingIds: ['f1'],
    responsibleAgencyId: 'so-ldtbxh-soc-trang',
    correctiveAction: 'Bổ sung hồ sơ trẻ em',
    dueDate: '2021-09-30',
    issuedOn: '2021-07-01',
    issuingAgencyId: 'thanh-tra-soc-trang',
  },
};

describe('following an inspection’s recommendations', () => {
  it('given RecommendationIssued, then an obligation of the responsible agency, answered to the inspection', () =>
    expect(follow(issued)).toEqual([
      {
        aggregate: 'obligation',
        command: {
          type: 'OpenObligation',
          openedOn: '2021-07-01',
          spec: {
            obligationId: OBLIGATION,
            kind: 'recommendation',
            title: 'Bổ sung hồ sơ trẻ em',
            source: { type: 'inspection', directiveId: null, documentNumber: null, documentSubject: null, sections: [], regimeId: null, taskId: null, ...ids },
            period: null,
            assigneeAgencyId: 'so-ldtbxh-soc-trang',
            recipientAgencyId: 'thanh-tra-soc-trang',
            dueDate: '2021-09-30',
          },
        },
      },
    ]));
  it('given a recommendation for a merged agency, then it passes to the successor', () =>
    expect(follow(issued, directory(merged('so-ldtbxh-soc-trang', 'so-noi-vu-soc-trang'))).map(({ command }) => command.type)).toEqual([
      'OpenObligation',
      'ReassignObligation',
    ]));
  it('given CorrectiveActionReported, then the corrective action, taken once per inspections event', () =>
    expect(
      follow({
        type: 'CorrectiveActionReported',
        data: { ...ids, responsibleAgencyId: 'so-ldtbxh-soc-trang', action: 'Đã bổ sung', reportedOn: '2021-09-01' },
      }),
    ).toEqual([
      {
        aggregate: 'obligation',
        command: {
          type: 'RecordCorrectiveAction',
          obligationId: OBLIGATION,
          agencyId: 'so-ldtbxh-soc-trang',
          action: 'Đã bổ sung',
          reportedOn: '2021-09-01',
          sourceEventId: 'e1',
        },
      },
    ]));
  it('given RecommendationClosed, then the obligation is fulfilled with the verification as its note', () =>
    expect(follow({ type: 'RecommendationClosed', data: { ...ids, closedOn: '2021-10-01', verification: 'Đã kiểm tra' } })).toEqual([
      {
        aggregate: 'obligation',
        command: { type: 'FulfilObligation', obligationId: OBLIGATION, fulfilledOn: '2021-10-01', basis: 'recommendation-closed', note: 'Đã kiểm tra' },
      },
    ]));
  it('given RecommendationReopened, then it is owed again by the new date', () =>
    expect(follow({ type: 'RecommendationReopened', data: { ...ids, reopenedOn: '2021-11-01', reason: 'Tái phạm', newDueDate: '2021-12-31' } })).toEqual([
      {
        aggregate: 'obligation',
        command: { type: 'ReopenObligation', obligationId: OBLIGATION, reopenedOn: '2021-11-01', reason: 'Tái phạm', newDueDate: '2021-12-31' },
      },
    ]));
});
