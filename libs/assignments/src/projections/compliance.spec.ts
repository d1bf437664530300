import { Obligation } from '../domain/obligation/state';
import { listingOf, ObligationListing } from './obligation-listing';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { ObligationEvent } from '../domain/events';
import { complianceTable } from './compliance';

const obligation = (id: string, agencyId: string, dueDate: string, ...more: ObligationEvent[]): ObligationListing => {
  const opened: ObligationEvent = {
    type: 'ObligationOpened',
    data: {
      obligationId: id,
      kind: 'periodic-report',
      title: 'Báo cáo 6 tháng',
      source: {
        type: 'directive',
        directiveId: 'kh',
        documentNumber: null,
        documentSubject: null,
        sections: [],
        regimeId: 'r',
        taskId: null,
        inspectionId: null,
        recommendationId: null,
      },
      period: { label: '2021-H1', year: 2021 },
      assigneeAgencyId: agencyId,
      recipientAgencyId: 'so-ldtbxh',
      dueDate,
      openedOn: '2021-01-15',
    },
  };
  return listingOf([opened, ...more].reduce(obligationDecider.evolve, obligationDecider.initialState()) as Obligation);
};
const submitted = (id: string, submittedOn: string, timeliness: 'on-time' | 'late', lateAgainstOriginal: boolean, dueDate = '2021-06-30'): ObligationEvent => ({
  type: 'ReportSubmitted',
  data: {
    obligationId: id,
    submissionNumber: 1,
    agencyId: 'a',
    timeliness,
    submittedOn,
    dueDate,
    originalDueDate: '2021-06-30',
    lateAgainstOriginal,
    figures: [],
    note: 'x',
    sourceEventId: null,
  },
});
const extended = (id: string): ObligationEvent => ({
  type: 'DeadlineExtended',
  data: { obligationId: id, previousDueDate: '2021-06-30', newDueDate: '2021-07-15', reason: 'x', authorisingDocument: 'y', extendedOn: '2021-06-20' },
});

describe('compliance table', () => {
  it('counts on-time, late, missing and pending reports per agency and period, with late rates against both deadlines', () => {
    const rows = complianceTable(
      [
        obligation('1', 'so-y-te', '2021-06-30', submitted('1', '2021-06-29', 'on-time', false)),
        obligation('2', 'so-y-te', '2021-06-30', submitted('2', '2021-07-02', 'late', true)),
        obligation('3', 'so-y-te', '2021-06-30'),
        obligation('4', 'so-y-te', '2021-06-30', extended('4'), submitted('4', '2021-07-10', 'on-time', true, '2021-07-15')),
        obligation('5', 'so-y-te', '2021-07-31'),
        obligation('6', 'so-gddt', '2021-06-30', submitted('6', '2021-06-01', 'on-time', false)),
      ],
      '2021-07-20',
    );
    expect(rows).toEqual([
      { agencyId: 'so-gddt', period: '2021-H1', year: 2021, onTime: 1, late: 0, missing: 0, pending: 0, extended: 0, lateRate: 0, lateRateAgainstOriginal: 0 },
      {
        agencyId: 'so-y-te',
        period: '2021-H1',
        year: 2021,
        onTime: 2,
        late: 1,
        missing: 1,
        pending: 1,
        extended: 1,
        lateRate: 0.5,
        lateRateAgainstOriginal: 0.75,
      },
    ]);
  });

  it('no longer counts reports that were superseded, and has no rate before anything fell due', () => {
    const closed: ObligationEvent = { type: 'ObligationClosed', data: { obligationId: '1', outcome: 'superseded', effectiveFrom: '2021-05-01', reason: 'x' } };
    expect(complianceTable([obligation('1', 'so-y-te', '2021-06-30', closed), obligation('2', 'so-y-te', '2021-06-30')], '2021-06-01')).toEqual([
      {
        agencyId: 'so-y-te',
        period: '2021-H1',
        year: 2021,
        onTime: 0,
        late: 0,
        missing: 0,
        pending: 1,
        extended: 0,
        lateRate: null,
        lateRateAgainstOriginal: null,
      },
    ]);
  });
});
