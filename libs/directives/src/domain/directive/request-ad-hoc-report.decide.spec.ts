import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectiveEvent } from './events';
import { DirectiveCommand } from './commands';
import { directiveDecider } from './directive.decider';
import { adHoc, agencies, issued, officerOf, platform } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

const request = (changes: Partial<Extract<DirectiveCommand, { type: 'RequestAdHocReport' }>> = {}): DirectiveCommand => ({
  type: 'RequestAdHocReport',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  regimeId: 'bao-cao-dot-xuat',
  requestId: 'vu-viec-2024-06',
  content: 'Báo cáo nhanh vụ việc xâm hại trẻ em tại huyện Kế Sách',
  reportingAgencyIds: [],
  dueDate: '2024-06-05',
  requestedOn: '2024-06-01',
  requester: platform,
  agencies,
  ...changes,
});
const requested = (data: Partial<Extract<DirectiveEvent, { type: 'AdHocReportRequested' }>['data']> = {}): DirectiveEvent => ({
  type: 'AdHocReportRequested',
  data: {
    directiveId: 'kh-soc-trang-23-ct-ttg',
    regimeId: 'bao-cao-dot-xuat',
    requestId: 'vu-viec-2024-06',
    content: 'Báo cáo nhanh vụ việc xâm hại trẻ em tại huyện Kế Sách',
    reportingAgencyIds: ['so-ldtbxh-soc-trang'],
    dueDate: '2024-06-05',
    requestedOn: '2024-06-01',
    ...data,
  },
});
const unnamed = {
  ...issued,
  data: {
    ...issued.data,
    reportingRegimes: [{ ...adHoc, reportingAgencyIds: [] }],
    tasks: issued.data.tasks.map((task) => ({ ...task, dueDate: null, reportingRegimeIds: ['bao-cao-dot-xuat'] })),
  },
};

describe('requesting an ad-hoc report (báo cáo đột xuất)', () => {
  it('given the plan, when a report is requested under its ad-hoc regime, then the regime’s reporting agencies owe it', () =>
    spec.given([issued]).when(request()).then([requested()]));
  it('given the plan, when named agencies are asked, then only they owe it', () =>
    spec
      .given([issued])
      .when(request({ reportingAgencyIds: ['cong-an-soc-trang', 'so-y-te-soc-trang'] }))
      .then([requested({ reportingAgencyIds: ['cong-an-soc-trang', 'so-y-te-soc-trang'] })]));
  it('given a regime that names nobody, when requested, then the lead agencies of the tasks reporting through it owe it', () =>
    spec
      .given([unnamed])
      .when(request())
      .then([requested({ reportingAgencyIds: ['so-y-te-soc-trang', 'cong-an-soc-trang'] })]));
  it('given a request, when the same request comes again, then nothing happens (retries ask once)', () =>
    spec.given([issued, requested()]).when(request()).then([]));
  it('given the plan, when the regime is not ad hoc, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(request({ regimeId: 'bao-cao-nam' }))
      .thenRefuses('BAD_USER_INPUT', /not ad hoc/));
  it('given the plan, when the regime does not exist, then NOT_FOUND', () =>
    spec
      .given([issued])
      .when(request({ regimeId: 'bao-cao-quy' }))
      .thenRefuses('NOT_FOUND'));
  it('given the plan, when the due date is before the request, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(request({ dueDate: '2024-05-31' }))
      .thenRefuses('BAD_USER_INPUT', /dueDate/));
  it('given the plan, when requested before the regime began, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(request({ requestedOn: '2021-01-01', dueDate: '2021-01-10' }))
      .thenRefuses('BAD_USER_INPUT', /start of regime/));
  it('given a regime that ended, when requested after its end, then BAD_USER_INPUT', () => {
    const ended = {
      ...issued,
      data: { ...issued.data, reportingRegimes: issued.data.reportingRegimes.map((regime) => ({ ...regime, activeUntil: '2023-12-31' })) },
    };
    spec
      .given([ended])
      .when(request())
      .thenRefuses('BAD_USER_INPUT', /ended on 2023-12-31/);
  });
  it('given the plan, when an unknown agency is asked, then NOT_FOUND', () =>
    spec
      .given([issued])
      .when(request({ reportingAgencyIds: ['so-khong-co'] }))
      .thenRefuses('NOT_FOUND'));
  it('given the plan, when the content is blank, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(request({ content: '' }))
      .thenRefuses('BAD_USER_INPUT', /content/));
  it('given the plan, when an officer of Sở Y tế asks, then FORBIDDEN', () =>
    spec
      .given([issued])
      .when(request({ requester: officerOf('so-y-te-soc-trang') }))
      .thenRefuses('FORBIDDEN'));
  it('given nothing, when requested, then NOT_FOUND', () => spec.given([]).when(request()).thenRefuses('NOT_FOUND'));
});
