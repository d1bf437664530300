/**
 * A national-scale store as the events the deciders would write: 34 provinces and their
 * communes (3,321 at scale 1, the chart since 1 July 2025), ~10,000 agencies, five years of
 * directives cascading to every province and from each province to every commune, the
 * half-yearly reports the communes owe, and inspections with findings and recommendations
 * (each recommendation also owed as an obligation, as the assignments process would open it).
 *
 * Events are grouped in waves, one per half-year: a wave holds, per stream, the events whose
 * business date falls in it. The writer appends wave after wave, so recording time follows
 * business time and every stream has versions recorded at different instants.
 */
import { NewEvent } from '@cpp/eventsourcing';
import { obligationStream, taskStream } from '../../libs/assignments/src/domain/streams';
import { agencyStream, LEVELS_STREAM, unitStream } from '../../libs/organizations/src/domain/streams';
import { inspectionStream } from '../../libs/inspections/src/domain/streams';

export const PROVINCES = 34;
export const COMMUNES = 3321;
export const YEARS = [2021, 2022, 2023, 2024, 2025];
export const WAVES = YEARS.flatMap((year) => [`${year}-H1`, `${year}-H2`]);
const PROVINCE_AGENCIES = ['ubnd', 'so-y-te', 'so-giao-duc', 'cong-an', 'so-tu-phap', 'thanh-tra', 'tinh-doan'] as const;
const COMMUNE_AGENCIES = ['ubnd-xa', 'cong-an-xa', 'tram-y-te'] as const;
const MINISTRIES = ['chinh-phu', 'bo-y-te', 'bo-giao-duc', 'bo-cong-an', 'bo-tu-phap'] as const;

export interface NationalScale {
  provinces: number;
  communes: number;
  directivesPerYear: number;
  inspectionsPerProvinceYear: number;
}

/** Scale 1 is the nation; smaller scales keep the 34 provinces and shrink communes, directives and inspections. */
export function nationalScale(scale: number): NationalScale {
  return {
    provinces: PROVINCES,
    communes: Math.max(PROVINCES, Math.round(COMMUNES * scale)),
    directivesPerYear: Math.max(1, Math.round(4 * scale)),
    inspectionsPerProvinceYear: Math.max(1, Math.round(2 * scale)),
  };
}

/** One stream's events in one wave, appended together. */
export interface StreamBatch {
  streamId: string;
  events: NewEvent[];
}

export interface NationalDataset {
  scale: NationalScale;
  /** Wave by wave (WAVES order), the batches to append. */
  waves: StreamBatch[][];
  counts: {
    events: number;
    streams: number;
    units: number;
    agencies: number;
    directives: number;
    tasks: number;
    obligations: number;
    inspections: number;
    findings: number;
    recommendations: number;
  };
  /** Agencies that owe obligations, for the query workloads. */
  obligedAgencies: string[];
}

interface Province {
  unitId: string;
  agencies: Record<(typeof PROVINCE_AGENCIES)[number], string>;
  communes: { unitId: string; ubnd: string; agencies: string[] }[];
}

/** A small deterministic generator: the same scale gives the same dataset. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const waveOf = (date: string) => `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const clampToYears = (date: string) => (date > '2025-12-31' ? '2025-12-31' : date);

export function generateNational(scaleFactor: number, seed = 2025): NationalDataset {
  const scale = nationalScale(scaleFactor);
  const next = seeded(seed);
  const byWave = new Map<string, Map<string, NewEvent[]>>(WAVES.map((wave) => [wave, new Map()]));
  const streams = new Set<string>();
  let events = 0;
  const emit = (streamId: string, date: string, type: string, data: unknown) => {
    const wave = byWave.get(waveOf(clampToYears(date < '2021-01-01' ? '2021-01-01' : date)))!;
    const list = wave.get(streamId) ?? [];
    if (list.length === 0) wave.set(streamId, list);
    list.push({ type, data });
    streams.add(streamId);
    events++;
  };
  const counts = { units: 0, agencies: 0, directives: 0, tasks: 0, obligations: 0, inspections: 0, findings: 0, recommendations: 0 };

  // The chart: levels, the nation, provinces, communes (already without districts), agencies.
  const chartDate = '2021-01-01';
  for (const [rank, levelCode, name] of [
    [1, 'nation', 'Quốc gia'],
    [2, 'province', 'Tỉnh / Thành phố trực thuộc trung ương'],
    [3, 'commune', 'Xã / Phường / Đặc khu'],
  ] as const) {
    emit(LEVELS_STREAM, chartDate, 'AdministrativeLevelDefined', { levelCode, name, rank });
  }
  const unit = (unitId: string, name: string, levelCode: string, parentUnitId: string | null) => {
    emit(unitStream(unitId), chartDate, 'AdministrativeUnitEstablished', { unitId, name, levelCode, parentUnitId, effectiveFrom: '2010-01-01' });
    counts.units++;
  };
  const agency = (agencyId: string, name: string, kind: string, unitId: string, parentAgencyId: string | null) => {
    emit(agencyStream(agencyId), chartDate, 'AgencyRegistered', {
      agencyId,
      name,
      shortName: null,
      kind,
      unitId,
      parentAgencyId,
      functions: ['child-affairs'],
      effectiveFrom: '2010-01-01',
    });
    counts.agencies++;
  };
  unit('viet-nam', 'Việt Nam', 'nation', null);
  for (const ministry of MINISTRIES) agency(ministry, ministry, ministry === 'chinh-phu' ? 'government' : 'ministry', 'viet-nam', null);
  const provinces: Province[] = [];
  for (let p = 1; p <= scale.provinces; p++) {
    const unitId = `tinh-${pad(p, 2)}`;
    unit(unitId, `Tỉnh ${p}`, 'province', 'viet-nam');
    const agencies = Object.fromEntries(PROVINCE_AGENCIES.map((kind) => [kind, `${kind}-${unitId}`])) as Province['agencies'];
    for (const kind of PROVINCE_AGENCIES)
      agency(
        agencies[kind],
        `${kind} ${unitId}`,
        kind === 'ubnd' ? 'peoples-committee' : kind === 'cong-an' ? 'police' : kind === 'thanh-tra' ? 'inspectorate' : 'department',
        unitId,
        kind === 'ubnd' ? null : agencies.ubnd,
      );
    provinces.push({ unitId, agencies, communes: [] });
  }
  for (let c = 0; c < scale.communes; c++) {
    const province = provinces[c % provinces.length];
    const unitId = `xa-${pad(c + 1, 4)}-${province.unitId}`;
    unit(unitId, `Xã ${c + 1}`, 'commune', province.unitId);
    const ids = COMMUNE_AGENCIES.map((kind) => `${kind}-${unitId}`);
    COMMUNE_AGENCIES.forEach((kind, i) =>
      agency(
        ids[i],
        `${kind} ${unitId}`,
        kind === 'ubnd-xa' ? 'commune-committee' : kind === 'cong-an-xa' ? 'police' : 'service-provider',
        unitId,
        i === 0 ? province.agencies.ubnd : ids[0],
      ),
    );
    province.communes.push({ unitId, ubnd: ids[0], agencies: ids });
  }

  // Directives: each cascades to every province's People's Committee, then to every commune;
  // communes report half-yearly for the directive's year and the next.
  const obliged = new Set<string>();
  const report = (directiveId: string, assignee: string, recipient: string, period: string, documentNumber: string) => {
    const year = Number(period.slice(0, 4));
    const dueDate = period.endsWith('H1') ? `${year}-06-20` : `${year}-12-10`;
    const obligationId = `periodic-report:${directiveId}/${period}/${assignee}`;
    const stream = obligationStream(obligationId);
    emit(stream, addDays(dueDate, -150), 'ObligationOpened', {
      obligationId,
      kind: 'periodic-report',
      title: 'Báo cáo tình hình, kết quả thực hiện Kế hoạch',
      source: {
        type: 'directive',
        directiveId,
        documentNumber,
        documentSubject: 'Thực hiện Chỉ thị số 23/CT-TTg',
        sections: ['IV'],
        regimeId: 'bao-cao-6-thang',
        taskId: null,
        inspectionId: null,
        recommendationId: null,
      },
      period: { label: period, year },
      assigneeAgencyId: assignee,
      recipientAgencyId: recipient,
      dueDate,
      openedOn: addDays(dueDate, -150),
    });
    counts.obligations++;
    obliged.add(assignee);
    const fate = next();
    const submittedOn = addDays(dueDate, Math.floor(next() * 40) - 30);
    if (fate < 0.8 && submittedOn <= '2025-12-31') {
      const timeliness = submittedOn <= dueDate ? 'on-time' : 'late';
      emit(stream, submittedOn, 'ReportSubmitted', {
        obligationId,
        submissionNumber: 1,
        agencyId: assignee,
        timeliness,
        submittedOn,
        dueDate,
        originalDueDate: dueDate,
        lateAgainstOriginal: timeliness === 'late',
        figures: [
          { code: 'TE-XAM-HAI', value: Math.floor(next() * 50), unit: 'vụ' },
          { code: 'TE-DUOI-NUOC', value: Math.floor(next() * 20), unit: 'trẻ em' },
        ],
        note: null,
        sourceEventId: null,
      });
    } else if (fate > 0.9 && dueDate < '2025-12-31') {
      emit(stream, addDays(dueDate, 1), 'ObligationOverdue', {
        obligationId,
        assigneeAgencyId: assignee,
        dueDate,
        originalDueDate: dueDate,
        detectedOn: addDays(dueDate, 1),
      });
    }
  };
  const task = (
    taskId: string,
    directiveId: string,
    assignee: string,
    by: string,
    parentTaskId: string | null,
    assignedOn: string,
    dueDate: string,
    documentNumber: string,
  ) => {
    const stream = taskStream(taskId);
    emit(stream, assignedOn, 'TaskAssigned', {
      taskId,
      directiveId,
      directiveTaskId: `${directiveId}/1`,
      section: 'II.1',
      text: 'Tổ chức triển khai thực hiện Kế hoạch',
      documentNumber,
      documentSubject: 'Thực hiện Chỉ thị số 23/CT-TTg',
      role: parentTaskId ? 'delegated' : 'lead',
      assigneeAgencyId: assignee,
      assignedByAgencyId: by,
      parentTaskId,
      leadTaskId: null,
      dueDate,
      assignedOn,
    });
    counts.tasks++;
    const acknowledgedOn = addDays(assignedOn, 1 + Math.floor(next() * 10));
    emit(stream, acknowledgedOn, 'TaskAcknowledged', { taskId, agencyId: assignee, acknowledgedOn });
    return { stream, finish: () => reportAndComplete(stream, taskId, assignee, acknowledgedOn) };
  };
  // After any delegation, so that a stream's events stay in date order within a wave.
  const reportAndComplete = (stream: string, taskId: string, assignee: string, acknowledgedOn: string) => {
    const reportedOn = addDays(acknowledgedOn, 60 + Math.floor(next() * 60));
    emit(stream, reportedOn, 'TaskProgressReported', { taskId, agencyId: assignee, percent: 50, summary: 'Đã triển khai một phần', reportedOn });
    if (next() < 0.7) {
      const completedOn = clampToYears(addDays(reportedOn, 30 + Math.floor(next() * 120)));
      emit(stream, completedOn, 'TaskCompleted', { taskId, agencyId: assignee, summary: 'Hoàn thành', completedOn });
    }
  };
  for (const year of YEARS) {
    for (let d = 1; d <= scale.directivesPerYear; d++) {
      const directiveId = `ct-${year}-${d}`;
      const documentNumber = `${d}/CT-TTg`;
      const issuedOn = `${year}-${pad(1 + Math.floor(((d - 1) * 6) / scale.directivesPerYear), 2)}-15`;
      counts.directives++;
      for (const province of provinces) {
        const provinceTask = `${directiveId}-${province.unitId}`;
        const { stream: provinceStream, finish } = task(
          provinceTask,
          directiveId,
          province.agencies.ubnd,
          'chinh-phu',
          null,
          issuedOn,
          `${year}-12-31`,
          documentNumber,
        );
        const periods = [`${year}-H1`, `${year}-H2`, `${year + 1}-H1`, `${year + 1}-H2`].filter((period) => period <= '2025-H2' && period >= waveOf(issuedOn));
        for (const period of periods) report(directiveId, province.agencies.ubnd, 'bo-y-te', period, documentNumber);
        for (const commune of province.communes) {
          const childTaskId = `${provinceTask}-${commune.unitId}`;
          const delegatedOn = addDays(issuedOn, 20);
          emit(provinceStream, delegatedOn, 'TaskDelegated', {
            taskId: provinceTask,
            childTaskId,
            toAgencyId: commune.ubnd,
            text: 'Triển khai tại xã',
            dueDate: `${year}-11-30`,
            delegatedOn,
          });
          task(childTaskId, directiveId, commune.ubnd, province.agencies.ubnd, provinceTask, delegatedOn, `${year}-11-30`, documentNumber).finish();
          for (const period of periods) report(directiveId, commune.ubnd, province.agencies.ubnd, period, documentNumber);
        }
        finish();
      }
    }
  }

  // Inspections by each province's inspectorate of three communes: findings, recommendations, conclusion.
  for (const year of YEARS) {
    for (const province of provinces) {
      for (let i = 1; i <= scale.inspectionsPerProvinceYear; i++) {
        const inspectionId = `tt-${year}-${i}-${province.unitId}`;
        const stream = inspectionStream(inspectionId);
        const plannedOn = `${year}-${pad(2 + i, 2)}-01`;
        const targets = [0, 1, 2].map((k) => province.communes[(i * 3 + k + year) % province.communes.length]);
        const lead = province.agencies['thanh-tra'];
        emit(stream, plannedOn, 'InspectionPlanned', {
          inspectionId,
          kind: 'thanh-tra',
          title: `Thanh tra công tác bảo vệ trẻ em năm ${year}`,
          theme: 'abuse-prevention',
          leadAgencyId: lead,
          memberAgencyIds: [province.agencies['so-y-te']],
          members: [
            { subject: `thanh-tra-vien-${inspectionId}`, name: 'Trưởng đoàn', agencyId: lead, role: 'head' },
            { subject: `thanh-vien-${inspectionId}`, name: 'Thành viên', agencyId: province.agencies['so-y-te'], role: 'member' },
          ],
          targets: targets.map((target, k) => ({
            targetId: `${inspectionId}-muc-tieu-${k + 1}`,
            kind: 'locality',
            name: `UBND ${target.unitId}`,
            unitId: target.unitId,
            agencyId: target.ubnd,
          })),
          periodFrom: `${year - 1}-01-01`,
          periodTo: `${year - 1}-12-31`,
          plan: { number: `${i}/KH-TTr`, title: 'Kế hoạch thanh tra', contentHash: null },
          outline: { number: null, title: 'Đề cương', contentHash: null },
          plannedOn,
        });
        counts.inspections++;
        const startedOn = addDays(plannedOn, 14);
        emit(stream, startedOn, 'InspectionStarted', { inspectionId, startedOn });
        const findingIds: string[] = [];
        for (let f = 1; f <= 4; f++) {
          const findingId = `${inspectionId}-phat-hien-${f}`;
          const nonconforming = f % 2 === 0;
          emit(stream, addDays(startedOn, f), 'FindingRecorded', {
            inspectionId,
            findingId,
            targetId: `${inspectionId}-muc-tieu-${1 + (f % 3)}`,
            criterionCode: `TC-${f}`,
            criterion: `Tiêu chí ${f}`,
            legalBasis: 'Luật Trẻ em 2016',
            conformity: nonconforming ? 'nonconforming' : 'conforming',
            severity: nonconforming ? 'shortcoming' : null,
            description: nonconforming ? 'Chưa kiện toàn đội ngũ cộng tác viên' : 'Thực hiện đúng quy định',
            evidence: [],
            recurrenceOf: null,
            observedOn: addDays(startedOn, f),
            recordedBy: `thanh-tra-vien-${inspectionId}`,
          });
          counts.findings++;
          if (nonconforming) findingIds.push(findingId);
        }
        const draftedOn = addDays(startedOn, 30);
        emit(stream, draftedOn, 'ConclusionDrafted', { inspectionId, summary: 'Dự thảo kết luận', draftedOn });
        emit(stream, addDays(draftedOn, 5), 'ConclusionAppraised', {
          inspectionId,
          opinion: 'Đồng ý',
          appraisedOn: addDays(draftedOn, 5),
          appraisedBy: `tham-dinh-${province.unitId}`,
        });
        const issuedOn = addDays(draftedOn, 10);
        const recommendationIds: string[] = [];
        const correctiveActions: (() => void)[] = [];
        findingIds.forEach((findingId, r) => {
          const recommendationId = `${inspectionId}-kien-nghi-${r + 1}`;
          const responsible = targets[r % targets.length].ubnd;
          const dueDate = addDays(issuedOn, 90);
          emit(stream, issuedOn, 'RecommendationIssued', {
            inspectionId,
            recommendationId,
            findingIds: [findingId],
            responsibleAgencyId: responsible,
            correctiveAction: 'Kiện toàn đội ngũ',
            dueDate,
            issuedOn,
            issuingAgencyId: lead,
          });
          recommendationIds.push(recommendationId);
          counts.recommendations++;
          const obligationId = `recommendation:${recommendationId}`;
          emit(obligationStream(obligationId), issuedOn, 'ObligationOpened', {
            obligationId,
            kind: 'recommendation',
            title: 'Kiện toàn đội ngũ',
            source: {
              type: 'inspection',
              directiveId: null,
              documentNumber: `${i}/KL-TTr`,
              documentSubject: 'Kết luận thanh tra',
              sections: [],
              regimeId: null,
              taskId: null,
              inspectionId,
              recommendationId,
            },
            period: null,
            assigneeAgencyId: responsible,
            recipientAgencyId: lead,
            dueDate,
            openedOn: issuedOn,
          });
          counts.obligations++;
          obliged.add(responsible);
          if (next() < 0.7) {
            const reportedOn = clampToYears(addDays(issuedOn, 30 + Math.floor(next() * 80)));
            correctiveActions.push(() =>
              emit(stream, reportedOn, 'CorrectiveActionReported', {
                inspectionId,
                recommendationId,
                responsibleAgencyId: responsible,
                action: 'Đã kiện toàn',
                reportedOn,
              }),
            );
          }
        });
        emit(stream, issuedOn, 'ConclusionIssued', {
          inspectionId,
          conclusionNumber: `${i}/KL-TTr`,
          issuedOn,
          leadAgencyId: lead,
          summary: 'Kết luận thanh tra',
          recommendationIds,
        });
        for (const reportAction of correctiveActions) reportAction();
      }
    }
  }

  const waves = WAVES.map((wave) => [...byWave.get(wave)!].map(([streamId, list]) => ({ streamId, events: list })));
  return { scale, waves, counts: { events, streams: streams.size, ...counts }, obligedAgencies: [...obliged].sort() };
}
