import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectivePlanCommand, directivePlanDecider } from './directive-plan.decider';
import { DirectivePlanEvent } from './directive-plan.events';
import { annual, recorded, sixMonthly, tasks } from './testing/plan-fixtures';

const spec = deciderSpec(directivePlanDecider);
const record: DirectivePlanCommand = { type: 'RecordDirectivePlan', ...(recorded.data as Extract<DirectivePlanEvent, { type: 'DirectivePlanRecorded' }>['data']) };
const amend = (sourceEventId = 'amended-1'): DirectivePlanCommand => ({
  type: 'RecordAmendment',
  directiveId: 'kh-soc-trang',
  sourceEventId,
  amendedOn: '2021-04-01',
  amendingDocument: '200/KH-UBND',
  addedTasks: [],
  changedTasks: [{ ...tasks[1], text: 'Sửa đổi' }],
  withdrawnTaskIds: ['5.b'],
  addedRegimes: [],
});
const amended: DirectivePlanEvent = {
  type: 'DirectivePlanAmended',
  data: { directiveId: 'kh-soc-trang', sourceEventId: 'amended-1', amendedOn: '2021-04-01', amendingDocument: '200/KH-UBND', addedTasks: [], changedTasks: [{ ...tasks[1], text: 'Sửa đổi' }], withdrawnTaskIds: ['5.b'], addedRegimes: [] },
};
const superseded: DirectivePlanEvent = { type: 'DirectivePlanClosed', data: { directiveId: 'kh-soc-trang', outcome: 'superseded', effectiveFrom: '2022-01-01', reason: 'superseded by kh-2' } };
const adHoc = (requestId = 'dot-xuat-1', regimeId = 'bao-cao-6-thang'): DirectivePlanCommand => ({
  type: 'RecordAdHocRequest',
  directiveId: 'kh-soc-trang',
  regimeId,
  requestId,
  content: 'Báo cáo đột xuất vụ xâm hại',
  reportingAgencyIds: ['cong-an-soc-trang'],
  dueDate: '2021-05-10',
  requestedOn: '2021-05-01',
});

describe('directive plan decider', () => {
  it('given nothing, when a directive is recorded, then DirectivePlanRecorded', () => spec.given([]).when(record).then([recorded]));
  it('given a recorded plan, when recorded again (a redelivered DirectiveIssued), then nothing', () => spec.given([recorded]).when(record).then([]));
  it('given a recorded plan, when amended, then DirectivePlanAmended', () => spec.given([recorded]).when(amend()).then([amended]));
  it('given an amendment taken, when the same amendment comes again, then nothing', () => spec.given([recorded, amended]).when(amend()).then([]));
  it('given nothing, when amended, then NOT_FOUND', () => spec.given([]).when(amend()).thenRefuses('NOT_FOUND', /kh-soc-trang/));
  it('given a superseded plan, when amended, then CONFLICT', () => spec.given([recorded, superseded]).when(amend('amended-2')).thenRefuses('CONFLICT', /superseded/));

  it('given a plan, when an ad-hoc report is requested, then AdHocReportRecorded', () =>
    spec.given([recorded]).when(adHoc()).then([
      {
        type: 'AdHocReportRecorded',
        data: { directiveId: 'kh-soc-trang', regimeId: 'bao-cao-6-thang', requestId: 'dot-xuat-1', content: 'Báo cáo đột xuất vụ xâm hại', reportingAgencyIds: ['cong-an-soc-trang'], dueDate: '2021-05-10', requestedOn: '2021-05-01' },
      },
    ]));
  it('given a recorded request, when requested again, then nothing', () =>
    spec.given([recorded, { type: 'AdHocReportRecorded', data: { directiveId: 'kh-soc-trang', ...(adHoc() as never as object) } } as DirectivePlanEvent]).when(adHoc()).then([]));
  it('given a plan, when a request names a regime it does not have, then NOT_FOUND', () => spec.given([recorded]).when(adHoc('x', 'bao-cao-quy')).thenRefuses('NOT_FOUND', /bao-cao-quy/));

  const extend = (horizon: string): DirectivePlanCommand => ({ type: 'ExtendReportingHorizon', directiveId: 'kh-soc-trang', horizon });
  it('given a plan, when the horizon moves on, then ReportingHorizonExtended', () =>
    spec.given([recorded]).when(extend('2023-12-31')).then([{ type: 'ReportingHorizonExtended', data: { directiveId: 'kh-soc-trang', previousHorizon: '2022-12-31', horizon: '2023-12-31' } }]));
  it('given a plan, when the horizon would not move, then nothing', () => spec.given([recorded]).when(extend('2022-12-31')).then([]));
  it('given a superseded plan, when the horizon moves on, then nothing', () => spec.given([recorded, superseded]).when(extend('2023-12-31')).then([]));

  const close: DirectivePlanCommand = { type: 'CloseDirectivePlan', directiveId: 'kh-soc-trang', outcome: 'superseded', effectiveFrom: '2022-01-01', reason: 'superseded by kh-2' };
  it('given a plan in force, when superseded, then DirectivePlanClosed', () => spec.given([recorded]).when(close).then([superseded]));
  it('given a closed plan, when closed again, then nothing', () => spec.given([recorded, superseded]).when(close).then([]));

  it('folds an amendment: changed tasks replaced, withdrawn ones removed, regimes added', () => {
    const state = [recorded, { ...amended, data: { ...amended.data, addedRegimes: [{ ...annual, regimeId: 'bao-cao-quy' }] } } as DirectivePlanEvent].reduce(
      directivePlanDecider.evolve,
      directivePlanDecider.initialState(),
    );
    expect(state).toMatchObject({ withdrawnTaskIds: ['5.b'], regimes: [sixMonthly, annual, { regimeId: 'bao-cao-quy' }] });
    expect(state.status !== 'none' && state.tasks.map((task) => [task.taskId, task.text])).toEqual([
      ['1.a', 'Nhiệm vụ 1.a'],
      ['1.đ', 'Sửa đổi'],
      ['4.đ', 'Nhiệm vụ 4.đ'],
      ['4.d', 'Nhiệm vụ 4.d'],
    ]);
  });
});
