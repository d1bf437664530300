import { OVERSIGHT_ROLES, Requester } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { IssueDirective, IssueDirectivePayload } from '../commands';
import { DirectiveFact } from '../directive-fact';
import { DirectiveTask, ReportingRegime } from '../document';
import { DirectiveAmended, DirectiveIssued, DirectiveRevoked, DirectiveSuperseded } from '../events';

/** An agency as findAgencyFact answers it; only when it began and ended matter to these rules. */
export const agency = (agencyId: string, existsFrom = '2010-01-01', endedOn: string | null = null): AgencyFact => ({
  agencyId,
  name: agencyId,
  kind: 'department',
  unitId: 'soc-trang',
  status: endedOn === null ? 'active' : 'merged',
  existsFrom,
  endedOn,
  successorAgencyId: null,
  functions: [],
  lastChange: endedOn ?? existsFrom,
});

/** A platform process (demo data) acting with oversight authority. */
export const platform: Requester = { subject: null, agencyId: null, roles: OVERSIGHT_ROLES };

export const agencies: AgencyFact[] = [
  'thu-tuong-chinh-phu',
  'bo-ldtbxh',
  'ubnd-soc-trang',
  'so-ldtbxh-soc-trang',
  'so-y-te-soc-trang',
  'so-gddt-soc-trang',
  'so-vhttdl-soc-trang',
  'cong-an-soc-trang',
].map((id) => agency(id));

export const directive = (
  directiveId: string,
  issuedOn: string | null,
  implementsDirectiveIds: string[] = [],
  status: DirectiveFact['status'] = 'in-force',
): DirectiveFact => ({
  directiveId,
  status,
  issuedOn,
  implementsDirectiveIds,
});

export const upstream: DirectiveFact[] = [directive('ct-23-ttg', '2020-05-26'), directive('qd-923-ldtbxh', '2020-08-04', ['ct-23-ttg'])];

export const sixMonthly: ReportingRegime = {
  regimeId: 'bao-cao-6-thang',
  title: 'Báo cáo 6 tháng',
  content: 'Tình hình, kết quả thực hiện Kế hoạch',
  reportingAgencyIds: [],
  recipientAgencyId: 'so-ldtbxh-soc-trang',
  method: 'Văn bản',
  frequency: 'six-monthly',
  deadline: { month: 6, day: 30 },
  cutoff: 'Theo Nghị định 09/2019/NĐ-CP',
  activeFrom: '2021-02-24',
  activeUntil: null,
};

export const annual: ReportingRegime = { ...sixMonthly, regimeId: 'bao-cao-nam', title: 'Báo cáo năm', frequency: 'annual', deadline: { month: 11, day: 30 } };

export const adHoc: ReportingRegime = {
  ...sixMonthly,
  regimeId: 'bao-cao-dot-xuat',
  title: 'Báo cáo đột xuất',
  frequency: 'ad-hoc',
  deadline: null,
  reportingAgencyIds: ['so-ldtbxh-soc-trang'],
  recipientAgencyId: 'ubnd-soc-trang',
};

export const healthTask: DirectiveTask = {
  taskId: 'ii-1-dd',
  section: 'II.1.đ',
  text: 'Tham mưu Ủy ban nhân dân tỉnh ban hành văn bản thực hiện việc giám định đặc thù đối với các vụ xâm hại tình dục trẻ em.',
  leadAgencyId: 'so-y-te-soc-trang',
  coordinatingAgencyIds: [],
  dueDate: null,
  reportingRegimeIds: ['bao-cao-6-thang', 'bao-cao-nam'],
};

export const policeTask: DirectiveTask = {
  taskId: 'ii-4-d',
  section: 'II.4.d',
  text: 'Chỉ đạo đẩy mạnh triển khai mô hình “Phòng điều tra thân thiện”.',
  leadAgencyId: 'cong-an-soc-trang',
  coordinatingAgencyIds: ['so-vhttdl-soc-trang'],
  dueDate: '2021-12-31',
  reportingRegimeIds: [],
};

export const plan: IssueDirectivePayload = {
  directiveId: 'kh-soc-trang-23-ct-ttg',
  documentNumber: 'Số: 29/KH-UBND',
  documentType: 'ke-hoach',
  issuingAgencyId: 'ubnd-soc-trang',
  place: 'Sóc Trăng',
  issuedOn: '2021-02-24',
  signer: { name: null, capacity: 'TM. ỦY BAN NHÂN DÂN' },
  subject: 'Thực hiện Chỉ thị số 23/CT-TTg',
  recipientAgencyIds: ['so-ldtbxh-soc-trang', 'so-y-te-soc-trang'],
  effectiveFrom: '2021-02-24',
  programmePeriod: null,
  implementsDirectiveIds: ['qd-923-ldtbxh'],
  basedOnDirectiveIds: ['ct-23-ttg'],
  tasks: [healthTask, policeTask],
  reportingRegimes: [sixMonthly, annual, adHoc],
};

export const issueCommand = (changes: Partial<IssueDirectivePayload> = {}, requester: Requester = platform): IssueDirective => ({
  type: 'IssueDirective',
  ...plan,
  ...changes,
  requester,
  agencies,
  directives: upstream,
});

export const issued: DirectiveIssued = {
  type: 'DirectiveIssued',
  data: {
    directiveId: 'kh-soc-trang-23-ct-ttg',
    documentNumber: { raw: '29/KH-UBND', number: 29, year: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' },
    documentType: 'ke-hoach',
    issuingAgencyId: 'ubnd-soc-trang',
    place: 'Sóc Trăng',
    issuedOn: '2021-02-24',
    signer: { name: null, capacity: 'TM. ỦY BAN NHÂN DÂN' },
    subject: 'Thực hiện Chỉ thị số 23/CT-TTg',
    recipientAgencyIds: ['so-ldtbxh-soc-trang', 'so-y-te-soc-trang'],
    effectiveFrom: '2021-02-24',
    programmePeriod: null,
    implementsDirectiveIds: ['qd-923-ldtbxh'],
    basedOnDirectiveIds: ['ct-23-ttg'],
    tasks: [healthTask, policeTask],
    reportingRegimes: [sixMonthly, annual, adHoc],
  },
};

export const officerOf = (agencyId: string): Requester => ({ subject: `officer-of-${agencyId}`, roles: ['agency-officer'], agencyId });

export const superseded: DirectiveSuperseded = {
  type: 'DirectiveSuperseded',
  data: { directiveId: 'kh-soc-trang-23-ct-ttg', supersededByDirectiveId: 'kh-soc-trang-2026', effectiveFrom: '2026-01-01' },
};
export const revokedBy = (revokingDocument: string | null): DirectiveRevoked => ({
  type: 'DirectiveRevoked',
  data: { directiveId: 'kh-soc-trang-23-ct-ttg', effectiveFrom: '2025-07-01', reason: 'Tỉnh Sóc Trăng hợp nhất vào thành phố Cần Thơ', revokingDocument },
});
export const revoked = revokedBy(null);
/** An amendment that withdraws the police task. */
export const amendment: DirectiveAmended = {
  type: 'DirectiveAmended',
  data: {
    directiveId: 'kh-soc-trang-23-ct-ttg',
    amendedOn: '2026-03-01',
    amendingDocument: null,
    subject: 'Bổ sung',
    addedTasks: [],
    changedTasks: [],
    withdrawnTaskIds: ['ii-4-d'],
    addedReportingRegimes: [],
  },
};
