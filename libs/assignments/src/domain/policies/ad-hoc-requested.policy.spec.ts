import type { AdHocReportRequested } from '@cpp/directives';
import { directivePlanDecider } from '../plan/directive-plan.decider';
import { DirectivePlan } from '../plan/state';
import { openAdHocReports, recordAdHocRequest } from './ad-hoc-requested.policy';
import { plan } from './testing/directive-facts';
import { NONE_GONE } from './testing/former-agencies';

const request: AdHocReportRequested['data'] = {
  directiveId: 'kh-soc-trang',
  regimeId: 'bao-cao-6-thang',
  requestId: 'dot-xuat-1',
  content: 'Báo cáo đột xuất vụ xâm hại',
  reportingAgencyIds: ['cong-an-soc-trang'],
  dueDate: '2021-05-10',
  requestedOn: '2021-05-01',
};
const { type: _type, ...recordedRequest } = recordAdHocRequest(request) as { type: string } & AdHocReportRequested['data'];
const withRequest = directivePlanDecider.evolve(plan, { type: 'AdHocReportRecorded', data: recordedRequest }) as DirectivePlan;

describe('an ad-hoc report requested', () => {
  it('given AdHocReportRequested, when recorded, then the request on the plan', () =>
    expect(recordAdHocRequest(request)).toEqual({ type: 'RecordAdHocRequest', ...request }));
  it('given the recorded request, then one obligation per agency it names, due when it says', () =>
    expect(openAdHocReports(request, { plan: withRequest, former: NONE_GONE })).toEqual([
      {
        aggregate: 'obligation',
        command: expect.objectContaining({
          type: 'OpenObligation',
          openedOn: '2021-05-01',
          spec: expect.objectContaining({
            obligationId: 'report:kh-soc-trang/bao-cao-6-thang/dot-xuat-1/cong-an-soc-trang',
            kind: 'ad-hoc-report',
            dueDate: '2021-05-10',
          }),
        }),
      },
    ]));
  it('given a closed plan, then nothing is opened', () =>
    expect(openAdHocReports(request, { plan: { ...withRequest, status: 'cancelled' }, former: NONE_GONE })).toEqual([]));
});
