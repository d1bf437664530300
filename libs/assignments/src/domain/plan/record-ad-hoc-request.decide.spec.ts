import { DirectivePlanEvent } from './events';
import { adHoc, recorded, spec } from './testing/plan-fixtures';

describe('recording an ad-hoc report request', () => {
  it('given a plan, when an ad-hoc report is requested, then AdHocReportRecorded', () =>
    spec
      .given([recorded])
      .when(adHoc())
      .then([
        {
          type: 'AdHocReportRecorded',
          data: {
            directiveId: 'kh-soc-trang',
            regimeId: 'bao-cao-6-thang',
            requestId: 'dot-xuat-1',
            content: 'Báo cáo đột xuất vụ xâm hại',
            reportingAgencyIds: ['cong-an-soc-trang'],
            dueDate: '2021-05-10',
            requestedOn: '2021-05-01',
          },
        },
      ]));
  it('given a recorded request, when requested again, then nothing', () =>
    spec
      .given([recorded, { type: 'AdHocReportRecorded', data: { directiveId: 'kh-soc-trang', ...(adHoc() as never as object) } } as DirectivePlanEvent])
      .when(adHoc())
      .then([]));
  it('given a plan, when a request names a regime it does not have, then NOT_FOUND', () =>
    spec
      .given([recorded])
      .when(adHoc('x', 'bao-cao-quy'))
      .thenRefuses('NOT_FOUND', /bao-cao-quy/));
});
