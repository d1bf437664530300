import { Requester } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { InspectionEvent } from '../domain/events';
import { UnitFact } from '../domain/facts';
import { PlanInspection, RecordFinding } from '../domain/inspection/commands';
import { FindingRecorded, InspectionPlanned } from '../domain/inspection/events';

/** An interdisciplinary check of a social-assistance facility in Sóc Trăng, as the decider tests use it. */
export const INSPECTION_ID = 'kt-ttbtxh-soc-trang-2024';

export const agency = (agencyId: string, kind: AgencyFact['kind'], unitId = 'soc-trang', status: AgencyFact['status'] = 'active'): AgencyFact => ({
  agencyId,
  name: `Agency ${agencyId}`,
  kind,
  unitId,
  status,
  existsFrom: '2000-01-01',
  endedOn: status === 'active' ? null : '2024-01-01',
  successorAgencyId: null,
  functions: [],
  lastChange: status === 'active' ? '2000-01-01' : '2024-01-01',
});
export const unit = (unitId: string, status: UnitFact['status'] = 'active'): UnitFact => ({ unitId, name: `Unit ${unitId}`, status });

export const agencies: Record<string, AgencyFact> = {
  'so-ldtbxh-soc-trang': agency('so-ldtbxh-soc-trang', 'department'),
  'so-gddt-soc-trang': agency('so-gddt-soc-trang', 'department'),
  'cong-an-soc-trang': agency('cong-an-soc-trang', 'police'),
  'thanh-tra-soc-trang': agency('thanh-tra-soc-trang', 'inspectorate'),
  'ttbtxh-soc-trang': agency('ttbtxh-soc-trang', 'service-provider'),
  'ubnd-ke-sach': agency('ubnd-ke-sach', 'peoples-committee', 'ke-sach'),
};
export const units: Record<string, UnitFact> = { 'soc-trang': unit('soc-trang'), 'ke-sach': unit('ke-sach') };

export const head: Requester = { subject: 'tv-ldtbxh', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] };
export const member: Requester = { subject: 'tv-gddt', agencyId: 'so-gddt-soc-trang', roles: ['inspector'] };
export const outsider: Requester = { subject: 'tv-khac', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] };
export const facilityOfficer: Requester = { subject: 'can-bo-ttbtxh', agencyId: 'ttbtxh-soc-trang', roles: ['agency-officer'] };

export const HASH = 'a'.repeat(64);

export const plan: PlanInspection = {
  type: 'PlanInspection',
  inspectionId: INSPECTION_ID,
  kind: 'kiem-tra',
  title: 'Kiểm tra liên ngành công tác bảo vệ trẻ em tại Trung tâm Bảo trợ xã hội tỉnh',
  theme: 'abuse-prevention',
  leadAgencyId: 'so-ldtbxh-soc-trang',
  memberAgencyIds: ['so-gddt-soc-trang', 'cong-an-soc-trang'],
  members: [
    { subject: 'tv-ldtbxh', name: 'Nguyễn Văn A', agencyId: 'so-ldtbxh-soc-trang', role: 'head' },
    { subject: 'tv-gddt', name: 'Trần Thị B', agencyId: 'so-gddt-soc-trang', role: 'member' },
    { subject: 'tv-cong-an', name: 'Lê Văn C', agencyId: 'cong-an-soc-trang', role: 'secretary' },
  ],
  targets: [
    {
      kind: 'facility',
      targetId: 'ttbtxh-soc-trang-co-so',
      name: 'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
      unitId: 'soc-trang',
      agencyId: 'ttbtxh-soc-trang',
    },
    { kind: 'locality', targetId: null, name: null, unitId: 'ke-sach', agencyId: null },
  ],
  periodFrom: '2024-06-10',
  periodTo: '2024-06-20',
  plan: { number: '45/KH-SLĐTBXH', title: 'Kế hoạch kiểm tra liên ngành năm 2024', contentHash: null },
  outline: { number: null, title: 'Đề cương kiểm tra', contentHash: HASH },
  plannedOn: '2024-05-20',
  agencies,
  units,
};

export const planned: InspectionPlanned = {
  type: 'InspectionPlanned',
  data: {
    inspectionId: INSPECTION_ID,
    kind: 'kiem-tra',
    title: plan.title,
    theme: 'abuse-prevention',
    leadAgencyId: 'so-ldtbxh-soc-trang',
    memberAgencyIds: ['so-gddt-soc-trang', 'cong-an-soc-trang'],
    members: plan.members,
    targets: [
      {
        targetId: 'ttbtxh-soc-trang-co-so',
        kind: 'facility',
        name: 'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
        unitId: 'soc-trang',
        agencyId: 'ttbtxh-soc-trang',
      },
      { targetId: 'ke-sach', kind: 'locality', name: 'Unit ke-sach', unitId: 'ke-sach', agencyId: null },
    ],
    periodFrom: '2024-06-10',
    periodTo: '2024-06-20',
    plan: plan.plan,
    outline: plan.outline,
    plannedOn: '2024-05-20',
  },
};

export const started: InspectionEvent = { type: 'InspectionStarted', data: { inspectionId: INSPECTION_ID, startedOn: '2024-06-10' } };

export const recordFinding = (change: Partial<RecordFinding> = {}): RecordFinding => ({
  type: 'RecordFinding',
  inspectionId: INSPECTION_ID,
  findingId: 'f-nhan-su',
  targetId: 'ttbtxh-soc-trang-co-so',
  criterionCode: 'nhan-vien-cham-soc',
  criterion: 'Số nhân viên chăm sóc trực tiếp trên số trẻ em',
  legalBasis: 'Điều 19 Nghị định 103/2017/NĐ-CP',
  conformity: 'nonconforming',
  severity: 'violation',
  description: 'Một nhân viên chăm sóc 12 trẻ em dưới 3 tuổi, vượt định mức',
  evidence: [{ title: 'Bảng chấm công tháng 5/2024', contentHash: HASH }],
  observedOn: '2024-06-11',
  by: head,
  findingsOnRecord: [],
  ...change,
});

export const findingRecorded = (change: Partial<FindingRecorded['data']> = {}): FindingRecorded => ({
  type: 'FindingRecorded',
  data: {
    inspectionId: INSPECTION_ID,
    findingId: 'f-nhan-su',
    targetId: 'ttbtxh-soc-trang-co-so',
    criterionCode: 'nhan-vien-cham-soc',
    observedOn: '2024-06-11',
    criterion: 'Số nhân viên chăm sóc trực tiếp trên số trẻ em',
    legalBasis: 'Điều 19 Nghị định 103/2017/NĐ-CP',
    conformity: 'nonconforming',
    severity: 'violation',
    description: 'Một nhân viên chăm sóc 12 trẻ em dưới 3 tuổi, vượt định mức',
    evidence: [{ title: 'Bảng chấm công tháng 5/2024', contentHash: HASH }],
    recurrenceOf: null,
    recordedBy: 'tv-ldtbxh',
    ...change,
  },
});

export const conformityRecorded = findingRecorded({
  findingId: 'f-ho-so',
  criterionCode: 'ho-so-tre-em',
  criterion: 'Hồ sơ quản lý trẻ em',
  conformity: 'conforming',
  severity: null,
  description: 'Hồ sơ đầy đủ',
  evidence: [],
});
