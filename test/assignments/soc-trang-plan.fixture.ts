import { CommandBus } from '@nestjs/cqrs';
import { CommandContext, EventStore, systemContext } from '@cpp/eventsourcing';
import { EVENT_STORE, ProjectionsService } from '@cpp/eventsourcing/nest';
import type { DirectiveIssued, DirectiveTask, ReportingRegime } from '@cpp/directives';
import { organizationsSeed } from '../../apps/platform/src/demo/organizations.seed';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';

/**
 * The Sóc Trăng plan (seeds/003, Kế hoạch 29/KH-UBND of 24/02/2021) as the directives context
 * publishes it: each lettered item of section II is a task of the agency it names; section
 * III.1 makes every Sở, ban ngành and district report to Sở LĐTBXH before 30/6 and 30/11.
 * The id is the test's own, so the demo copy of the plan does not mix with it.
 */
export const PLAN_ID = 'kh-29-soc-trang-test';
const P = 'soc-trang';
const PERIODIC = ['bao-cao-6-thang', 'bao-cao-nam'];

const regime = (
  regimeId: string,
  title: string,
  frequency: ReportingRegime['frequency'],
  deadline: ReportingRegime['deadline'],
  extra: Partial<ReportingRegime> = {},
): ReportingRegime => ({
  regimeId,
  title,
  content: 'Tình hình, kết quả thực hiện Kế hoạch',
  reportingAgencyIds: [],
  recipientAgencyId: `so-ldtbxh-${P}`,
  method: 'Văn bản gửi Sở Lao động - Thương binh và Xã hội',
  frequency,
  deadline,
  cutoff: 'Theo Nghị định 09/2019/NĐ-CP',
  activeFrom: '2021-02-24',
  activeUntil: null,
  ...extra,
});

const task = (section: string, leadAgencyId: string, text: string, extra: Partial<DirectiveTask> = {}): DirectiveTask => ({
  taskId: section,
  section,
  text,
  leadAgencyId,
  coordinatingAgencyIds: [],
  dueDate: null,
  reportingRegimeIds: PERIODIC,
  ...extra,
});

export const socTrangPlan: DirectiveIssued['data'] = {
  directiveId: PLAN_ID,
  documentNumber: { raw: '29/KH-UBND', number: 29, year: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' },
  documentType: 'ke-hoach',
  issuingAgencyId: `ubnd-${P}`,
  place: 'Sóc Trăng',
  issuedOn: '2021-02-24',
  signer: { name: null, capacity: null },
  subject: 'Thực hiện Chỉ thị số 23/CT-TTg và Quyết định số 1472/QĐ-TTg của Thủ tướng Chính phủ',
  recipientAgencyIds: [`so-ldtbxh-${P}`, `so-y-te-${P}`, `so-gddt-${P}`, `cong-an-${P}`, `so-tai-chinh-${P}`, 'ubnd-ke-sach'],
  effectiveFrom: '2021-02-24',
  programmePeriod: null,
  implementsDirectiveIds: [],
  basedOnDirectiveIds: [],
  reportingRegimes: [
    regime('bao-cao-6-thang', 'Báo cáo 6 tháng', 'six-monthly', { month: 6, day: 30 }),
    regime('bao-cao-nam', 'Báo cáo năm', 'annual', { month: 11, day: 30 }),
    regime('tong-hop-bao-cao', 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch', 'ad-hoc', null, {
      reportingAgencyIds: [`so-ldtbxh-${P}`],
      recipientAgencyId: `ubnd-${P}`,
    }),
  ],
  tasks: [
    task('1.b', `so-gddt-${P}`, 'Tham mưu kiến nghị sửa đổi, bổ sung các chính sách, pháp luật về trẻ em'),
    task('1.đ', `so-y-te-${P}`, 'Tham mưu ban hành văn bản thực hiện việc giám định đặc thù đối với các vụ xâm hại tình dục trẻ em'),
    task('1.e', `cong-an-${P}`, 'Rà soát, hướng dẫn công tác tiếp nhận, giải quyết tố giác, tin báo về các tội phạm xâm hại tình dục trẻ em'),
    task('2.a', `so-ldtbxh-${P}`, 'Xây dựng, phát hành tài liệu tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ trẻ em', {
      reportingRegimeIds: ['tong-hop-bao-cao'],
    }),
    task('4.d', `cong-an-${P}`, 'Chỉ đạo đẩy mạnh mô hình “Phòng điều tra thân thiện”', { coordinatingAgencyIds: [`so-vhttdl-${P}`, `so-y-te-${P}`] }),
    task('4.đ', `so-y-te-${P}`, 'Thực hiện các chính sách, giải pháp phòng, chống suy dinh dưỡng trẻ em dưới 5 tuổi'),
    task('5.b', `so-tai-chinh-${P}`, 'Tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp', {
      dueDate: '2021-06-15',
      reportingRegimeIds: [],
      coordinatingAgencyIds: [`so-ldtbxh-${P}`],
    }),
    task('7', 'ubnd-ke-sach', 'Chỉ đạo các phòng, ban ngành và Ủy ban nhân dân các xã triển khai các chương trình bảo vệ trẻ em'),
  ],
};

const publisher: CommandContext = { actor: 'system:test-directives', agency: null, correlationId: 'test-directives', causationId: null };

/** Appends a directives event exactly as that context publishes it, and waits for every reaction and read model. */
export async function publish(t: TestPlatform, streamId: string, type: string, data: unknown): Promise<void> {
  const store = t.platform.app.get<EventStore>(EVENT_STORE);
  await store.append(streamId, [{ type, data }], 'any', publisher);
  await t.platform.app.get(ProjectionsService).caughtUp();
}

export async function logHead(t: TestPlatform): Promise<unknown> {
  const response = await fetch(`${t.platform.url}/health`);
  return ((await response.json()) as { log: { head: unknown } }).log.head;
}

/**
 * The platform with the demo organisation chart only: the other contexts' demo documents and
 * inspections would add obligations of their own to the agencies these tests count.
 */
export async function startWithOrganisationChart(now: string): Promise<TestPlatform> {
  const t = await startTestPlatform({ now, demoData: false });
  try {
    await organizationsSeed(t.platform.app.get(CommandBus)).seed(systemContext('demo-data'));
    await t.platform.app.get(ProjectionsService).caughtUp();
  } catch (error) {
    await t.stop();
    throw error;
  }
  return t;
}
