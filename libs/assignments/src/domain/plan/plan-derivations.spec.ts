import { directivePlanDecider } from './directive-plan.decider';
import { adHocObligations, periodicObligations, reportingAgencies, reportObligationIds, taskAssignments } from './plan-derivations';
import { DirectivePlan } from './state';
import { recorded, sixMonthly, tasks } from './testing/plan-fixtures';

const plan = directivePlanDecider.evolve(directivePlanDecider.initialState(), recorded) as DirectivePlan;

describe('what a directive plan gives rise to', () => {
  it('one assignment for the lead and one per coordinating agency, linked to the lead’s', () => {
    expect(taskAssignments(plan, tasks[3]).map(({ taskId, role, assigneeAgencyId, leadTaskId }) => ({ taskId, role, assigneeAgencyId, leadTaskId }))).toEqual([
      { taskId: 'kh-soc-trang/4.d/cong-an-soc-trang', role: 'lead', assigneeAgencyId: 'cong-an-soc-trang', leadTaskId: null },
      {
        taskId: 'kh-soc-trang/4.d/so-vhttdl-soc-trang',
        role: 'coordinator',
        assigneeAgencyId: 'so-vhttdl-soc-trang',
        leadTaskId: 'kh-soc-trang/4.d/cong-an-soc-trang',
      },
      {
        taskId: 'kh-soc-trang/4.d/so-y-te-soc-trang',
        role: 'coordinator',
        assigneeAgencyId: 'so-y-te-soc-trang',
        leadTaskId: 'kh-soc-trang/4.d/cong-an-soc-trang',
      },
    ]);
  });

  it('a regime naming nobody binds the leads of the tasks using it, except its recipient, each with its sections', () => {
    expect(reportingAgencies(plan, sixMonthly)).toEqual([
      { agencyId: 'so-y-te-soc-trang', sections: ['1.đ', '4.đ', '4.d'] },
      { agencyId: 'cong-an-soc-trang', sections: ['4.d'] },
    ]);
  });

  it('one obligation per reporting agency and period, due on the regime’s date', () => {
    const obligations = periodicObligations(plan, { after: null, through: plan.horizon }).filter((o) => o.assigneeAgencyId === 'so-y-te-soc-trang');
    expect(obligations.map((o) => [o.obligationId, o.dueDate, o.source.sections])).toEqual([
      ['report:kh-soc-trang/bao-cao-6-thang/2021-H1/so-y-te-soc-trang', '2021-06-30', ['1.đ', '4.đ', '4.d']],
      ['report:kh-soc-trang/bao-cao-6-thang/2022-H1/so-y-te-soc-trang', '2022-06-30', ['1.đ', '4.đ', '4.d']],
      ['report:kh-soc-trang/bao-cao-nam/2021/so-y-te-soc-trang', '2021-11-30', ['1.đ', '4.đ', '4.d']],
      ['report:kh-soc-trang/bao-cao-nam/2022/so-y-te-soc-trang', '2022-11-30', ['1.đ', '4.đ', '4.d']],
    ]);
    expect(obligations[0]).toMatchObject({
      kind: 'periodic-report',
      recipientAgencyId: 'so-ldtbxh-soc-trang',
      period: { label: '2021-H1', year: 2021 },
      source: { documentNumber: '134/KH-UBND' },
    });
  });

  it('an ad-hoc request binds the agencies it names, due on its own date', () => {
    const request = {
      regimeId: 'bao-cao-6-thang',
      requestId: 'dot-xuat-1',
      content: 'Vụ việc',
      reportingAgencyIds: ['cong-an-soc-trang'],
      dueDate: '2021-05-10',
      requestedOn: '2021-05-01',
    };
    expect(adHocObligations(plan, request)).toEqual([
      expect.objectContaining({
        obligationId: 'report:kh-soc-trang/bao-cao-6-thang/dot-xuat-1/cong-an-soc-trang',
        kind: 'ad-hoc-report',
        dueDate: '2021-05-10',
        period: { label: 'dot-xuat-1', year: 2021 },
      }),
    ]);
  });

  it('every report obligation opened so far, for closing them all', () => {
    expect(reportObligationIds(plan)).toHaveLength(8);
  });
});
