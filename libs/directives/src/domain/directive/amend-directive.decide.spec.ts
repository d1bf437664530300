import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectiveEvent } from './events';
import { DirectiveCommand } from './commands';
import { directiveDecider } from './directive.decider';
import { adHoc, agencies, agency, healthTask, issued, officerOf, platform, policeTask, sixMonthly } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

type Amend = Extract<DirectiveCommand, { type: 'AmendDirective' }>;
const amend = (changes: Partial<Amend>): DirectiveCommand => ({
  type: 'AmendDirective',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  amendedOn: '2022-03-01',
  amendingDocument: null,
  subject: 'Bổ sung nhiệm vụ',
  addedTasks: [],
  changedTasks: [],
  withdrawnTaskIds: [],
  addedReportingRegimes: [],
  requester: platform,
  agencies,
  ...changes,
});
const amended = (data: Partial<Extract<DirectiveEvent, { type: 'DirectiveAmended' }>['data']>): DirectiveEvent => ({
  type: 'DirectiveAmended',
  data: {
    directiveId: 'kh-soc-trang-23-ct-ttg',
    amendedOn: '2022-03-01',
    amendingDocument: null,
    subject: 'Bổ sung nhiệm vụ',
    addedTasks: [],
    changedTasks: [],
    withdrawnTaskIds: [],
    addedReportingRegimes: [],
    ...data,
  },
});
const schoolTask = {
  ...healthTask,
  taskId: 'ii-4-b',
  section: 'II.4.b',
  text: 'Thực hiện chính sách, giải pháp giảm thiểu tình trạng trẻ em bỏ học.',
  leadAgencyId: 'so-gddt-soc-trang',
};
const revoked: DirectiveEvent = {
  type: 'DirectiveRevoked',
  data: { directiveId: 'kh-soc-trang-23-ct-ttg', effectiveFrom: '2022-01-01', reason: 'Thay thế', revokingDocument: null },
};

describe('amending a directive (sửa đổi, bổ sung)', () => {
  it('given the plan, when a task is added, then DirectiveAmended with the task', () =>
    spec
      .given([issued])
      .when(amend({ addedTasks: [schoolTask] }))
      .then([amended({ addedTasks: [schoolTask] })]));
  it('given the plan, when an open task changes its terms, then it keeps its id with the new terms', () => {
    const changed = { ...policeTask, dueDate: '2022-06-30', text: 'Nhân rộng mô hình “Phòng điều tra thân thiện”.' };
    spec
      .given([issued])
      .when(amend({ changedTasks: [changed] }))
      .then([amended({ changedTasks: [changed] })]);
  });
  it('given the plan, when a task is withdrawn, then DirectiveAmended closes it', () =>
    spec
      .given([issued])
      .when(amend({ withdrawnTaskIds: ['ii-4-d'] }))
      .then([amended({ withdrawnTaskIds: ['ii-4-d'] })]));
  it('given the plan, when a regime is added with a task reporting through it, then both are added', () => {
    const quarterly = { ...sixMonthly, regimeId: 'bao-cao-thang', frequency: 'monthly' as const, deadline: { month: null, day: 12 }, activeFrom: '2022-03-01' };
    const task = { ...schoolTask, reportingRegimeIds: ['bao-cao-thang'] };
    spec
      .given([issued])
      .when(amend({ addedReportingRegimes: [quarterly], addedTasks: [task] }))
      .then([amended({ addedReportingRegimes: [quarterly], addedTasks: [task] })]);
  });
  it('given the plan, when amended by a numbered document, then the number is parsed and kept as printed', () =>
    spec
      .given([issued])
      .when(amend({ amendingDocument: 'Số: 45/KH-UBND', addedTasks: [schoolTask] }))
      .then([amended({ amendingDocument: '45/KH-UBND', addedTasks: [schoolTask] })]));

  it('given a withdrawn task, when a task is added again with its id, then CONFLICT (ids are never reused)', () =>
    spec
      .given([issued, amended({ withdrawnTaskIds: ['ii-4-d'] })])
      .when(amend({ amendedOn: '2022-04-01', addedTasks: [policeTask] }))
      .thenRefuses('CONFLICT', /never reused/));
  it('given a withdrawn task, when it is changed, then CONFLICT', () =>
    spec
      .given([issued, amended({ withdrawnTaskIds: ['ii-4-d'] })])
      .when(amend({ amendedOn: '2022-04-01', changedTasks: [policeTask] }))
      .thenRefuses('CONFLICT', /withdrawn/));
  it('given the plan, when an unknown task is withdrawn, then NOT_FOUND', () =>
    spec
      .given([issued])
      .when(amend({ withdrawnTaskIds: ['ii-9-z'] }))
      .thenRefuses('NOT_FOUND', /no task ii-9-z/));
  it('given the plan, when a task is both changed and withdrawn, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(amend({ changedTasks: [policeTask], withdrawnTaskIds: ['ii-4-d'] }))
      .thenRefuses('BAD_USER_INPUT', /twice/));
  it('given the plan, when an existing task id is added, then CONFLICT', () =>
    spec
      .given([issued])
      .when(amend({ addedTasks: [healthTask] }))
      .thenRefuses('CONFLICT'));
  it('given the plan, when an existing regime id is added, then CONFLICT', () =>
    spec
      .given([issued])
      .when(amend({ addedReportingRegimes: [adHoc] }))
      .thenRefuses('CONFLICT'));
  it('given the plan, when the amendment names no change at all, then nothing is written', () => spec.given([issued]).when(amend({})).then([]));
  it('given the plan, when the amendment restates an open task with the terms it has, then nothing is written', () =>
    spec
      .given([issued])
      .when(amend({ changedTasks: [policeTask] }))
      .then([]));
  it('given the plan, when one restated task and one really changed task are amended, then DirectiveAmended', () => {
    const changed = { ...healthTask, text: 'Ban hành văn bản về giám định đặc thù.' };
    spec
      .given([issued])
      .when(amend({ changedTasks: [policeTask, changed] }))
      .then([amended({ changedTasks: [policeTask, changed] })]);
  });
  it('given the plan, when a change-nothing amendment is badly dated, then it is still refused (BAD_USER_INPUT)', () =>
    spec
      .given([issued])
      .when(amend({ amendedOn: '2021-01-01' }))
      .thenRefuses('BAD_USER_INPUT', /last change/));
  it('given the plan, when an added task is due before the amendment, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(amend({ addedTasks: [{ ...policeTask, taskId: 'ii-4-e', dueDate: '2022-02-01' }] }))
      .thenRefuses('BAD_USER_INPUT', /before the amendment date/));
  it('given the plan, when a changed task is due before the issue date, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(amend({ changedTasks: [{ ...policeTask, dueDate: '2021-01-01' }] }))
      .thenRefuses('BAD_USER_INPUT', /before the issue date/));
  it('given the plan, when an added task names an unknown agency, then NOT_FOUND', () =>
    spec
      .given([issued])
      .when(amend({ addedTasks: [{ ...schoolTask, leadAgencyId: 'so-khong-co' }] }))
      .thenRefuses('NOT_FOUND'));
  it('given the plan, when an added task goes to an agency dissolved before the amendment, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(
        amend({
          addedTasks: [schoolTask],
          agencies: [...agencies.filter((a) => a.agencyId !== 'so-gddt-soc-trang'), agency('so-gddt-soc-trang', '2010-01-01', '2022-01-01')],
        }),
      )
      .thenRefuses('BAD_USER_INPUT', /ceased/));
  it('given the plan, when amended with a date before its issue, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(amend({ amendedOn: '2021-01-01', addedTasks: [schoolTask] }))
      .thenRefuses('BAD_USER_INPUT', /last change/));
  it('given an amendment, when amended again with an earlier date, then BAD_USER_INPUT', () =>
    spec
      .given([issued, amended({ addedTasks: [schoolTask] })])
      .when(amend({ amendedOn: '2022-02-01', withdrawnTaskIds: ['ii-4-b'] }))
      .thenRefuses('BAD_USER_INPUT', /last change/));
  it('given the plan, when the amending document number is malformed, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(amend({ amendingDocument: 'KH 45', addedTasks: [schoolTask] }))
      .thenRefuses('BAD_USER_INPUT', /not a document number/));
  it('given a revoked plan, when amended, then CONFLICT', () =>
    spec
      .given([issued, revoked])
      .when(amend({ addedTasks: [schoolTask] }))
      .thenRefuses('CONFLICT', /revoked/));
  it('given nothing, when amended, then NOT_FOUND', () =>
    spec
      .given([])
      .when(amend({ addedTasks: [schoolTask] }))
      .thenRefuses('NOT_FOUND'));
  it('given the plan, when an officer of Sở Y tế amends the province’s plan, then FORBIDDEN', () =>
    spec
      .given([issued])
      .when(amend({ addedTasks: [schoolTask], requester: officerOf('so-y-te-soc-trang') }))
      .thenRefuses('FORBIDDEN'));
  it('given the plan, when an officer of UBND tỉnh amends it, then it is accepted', () =>
    spec
      .given([issued])
      .when(amend({ addedTasks: [schoolTask], requester: officerOf('ubnd-soc-trang') }))
      .then([amended({ addedTasks: [schoolTask] })]));
  it('given the plan, when a regime is added that binds no one, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(amend({ addedReportingRegimes: [{ ...sixMonthly, regimeId: 'bao-cao-quy' }] }))
      .thenRefuses('BAD_USER_INPUT', /no task reports through it/));
});
