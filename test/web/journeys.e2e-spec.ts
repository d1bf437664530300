import { Page } from 'playwright-core';
import * as path from 'node:path';
import { checkPage, PHONE, SCREENSHOTS, settledCount, signedIn, startWebPlatform, WebPlatform } from './support/web-platform';

const COMMITTEE = /Ban Chỉ đạo tỉnh Sóc Trăng/;
const INSPECTOR = /Thanh tra viên/;
const HEALTH_OFFICER = /Cán bộ Sở Y tế Sóc Trăng/;

/** The cells of an agency's row on the committee's overview: on time, late, overdue, not yet due. */
async function agencyCounts(page: Page, agencyId: string): Promise<number[]> {
  const cells = await page.locator(`tr[data-agency="${agencyId}"] td`).allTextContents();
  return cells.map(Number);
}

/**
 * One journey per role through the web app on the real platform (embedded default, demo data),
 * in Debian's Chromium. The journeys run in order: the inspector's recommendation becomes the
 * officer's obligation.
 */
describe('the web app in Chromium (embedded default, demo data)', () => {
  let web: WebPlatform;

  beforeAll(async () => {
    web = await startWebPlatform();
  }, 120000);

  afterAll(async () => {
    await web?.stop();
  });

  it("the steering committee finds Sở Y tế Sóc Trăng's overdue reports from the dashboard, on every view as of a date", async () => {
    const { context, page } = await signedIn(web, COMMITTEE);
    await page.waitForURL(/#\/committee\/soc-trang/);
    await page.getByRole('heading', { name: 'Báo cáo theo kỳ' }).waitFor();
    await checkPage(page, 'committee-overview');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'committee-overview-viewport.png') });
    expect((await agencyCounts(page, 'so-y-te-soc-trang'))[2]).toBeGreaterThan(0);

    await page.locator('tr[data-agency="so-y-te-soc-trang"] a').click();
    await page.getByRole('heading', { name: /Nghĩa vụ: Sở Y tế/ }).waitFor();
    await page.getByLabel('Lọc theo trạng thái').selectOption('OVERDUE');
    await page.waitForLoadState('networkidle');
    const api = await web.api('ban-chi-dao-soc-trang');
    const { obligations } = await api.ok(`{ obligations(agency: "so-y-te-soc-trang", status: [OVERDUE]) { id title } }`);
    expect(obligations.length).toBeGreaterThan(0);
    expect(await settledCount(page.locator('tr[data-obligation]'), obligations.length)).toBe(obligations.length);
    const statuses = await Promise.all((await page.locator('tr[data-obligation]').all()).map((row) => row.getAttribute('data-status')));
    expect(statuses).toEqual(obligations.map(() => 'OVERDUE'));
    expect(await page.locator('tr[data-obligation] th').allTextContents()).toEqual(obligations.map((o: { title: string }) => expect.stringContaining(o.title)));
    await checkPage(page, 'committee-agency-overdue');

    for (const view of ['compliance', 'cascade', 'findings', 'recommendations']) {
      await page.goto(`${web.url}/#/committee/soc-trang/${view}`);
      await page.locator('main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await settledCount(page.locator('main [role="alert"]'), 0)).toBe(0);
      await checkPage(page, `committee-${view}`);
      if (view === 'findings') expect(await page.locator('[data-recurring="true"]').count()).toBeGreaterThan(0);
    }

    // "What did we know on 30/6/2021": the overview answers from the log as it stood then.
    await page.goto(`${web.url}/#/committee/soc-trang/overview`);
    await page.getByLabel('Tính đến ngày').fill('2021-06-30');
    await page.waitForLoadState('networkidle');
    const then = await api.ok(`{ compliance(jurisdiction: "soc-trang", asOf: "2021-06-30T23:59:59.999+07:00") { agencyId } }`);
    const agenciesThen = new Set(then.compliance.map((row: { agencyId: string }) => row.agencyId)).size;
    expect(await settledCount(page.locator('tr[data-agency]'), agenciesThen)).toBe(agenciesThen);
    await context.close();
  }, 90000);

  it('an inspector plans a visit on a phone, records a finding offline that is recorded once when back online, meets a conflict and issues a recommendation', async () => {
    const { context, page } = await signedIn(web, INSPECTOR, PHONE);
    await page.waitForURL(/#\/inspector/);
    await page.getByRole('heading', { name: 'Các cuộc thanh tra, kiểm tra' }).waitFor();
    await checkPage(page, 'inspector-inspections');

    await page.getByLabel('Nội dung').fill('Kiểm tra Trung tâm Bảo trợ xã hội (thử nghiệm web)');
    await page.getByLabel('Tên cơ sở được kiểm tra').fill('Trung tâm Bảo trợ xã hội tỉnh');
    await page.getByLabel(/Mã cơ sở/).fill('ttbtxh-soc-trang');
    await page.getByLabel('Kế hoạch (tên văn bản)').fill('Kế hoạch kiểm tra');
    await page.getByLabel('Đề cương (tên văn bản)').fill('Đề cương kiểm tra');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/#\/inspector\/inspection\//);
    const inspectionId = page.url().split('/').pop()!;
    await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
    await page.getByRole('heading', { name: 'Ghi nhận phát hiện' }).waitFor();

    const api = await web.api('thanh-tra-vien-soc-trang');
    const findingsRecorded = async () =>
      (await api.ok(`query($s: String!) { streamHistory(streamId: $s) { type data } }`, { s: `inspection-${inspectionId}` })).streamHistory.filter(
        (event: { type: string }) => event.type === 'FindingRecorded',
      );

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Mất kết nối' }).waitFor();
    await page.getByLabel('Mã tiêu chí').fill('so-theo-doi-tre-em');
    await page.getByLabel('Tiêu chí', { exact: true }).fill('Sổ theo dõi trẻ em được cập nhật');
    await page.getByLabel('Căn cứ pháp lý').fill('Nghị định 56/2017/NĐ-CP');
    await page.getByLabel('Mô tả').fill('Sổ theo dõi chưa cập nhật từ tháng 3');
    await page.getByRole('button', { name: 'Ghi nhận phát hiện' }).click();
    await page.getByRole('heading', { name: 'Chờ gửi (ngoại tuyến)' }).waitFor();
    await checkPage(page, 'inspector-offline');
    expect(await findingsRecorded()).toEqual([]);

    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Chờ gửi (ngoại tuyến)' }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Sổ theo dõi trẻ em được cập nhật' }).waitFor();
    const recorded = await findingsRecorded();
    expect(recorded).toHaveLength(1);
    const findingId = recorded[0].data.findingId;

    // The answer to a second finding is lost on the way back: the outbox keeps it, resends it on
    // the next start, and the platform's CONFLICT on the same client-made id counts as delivered.
    let answerLost!: () => void;
    const lost = new Promise<void>((resolve) => (answerLost = resolve));
    let dropped = false;
    await page.route('**/graphql', async (route) => {
      if (dropped || !route.request().postData()?.includes('RecordFinding')) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
      answerLost();
    });
    await page.getByLabel('Mã tiêu chí').fill('phong-chay');
    await page.getByLabel('Tiêu chí', { exact: true }).fill('Phòng cháy chữa cháy');
    await page.getByLabel('Căn cứ pháp lý').fill('Luật Phòng cháy và chữa cháy');
    await page.getByLabel('Mô tả').fill('Bình chữa cháy hết hạn');
    await page.getByRole('button', { name: 'Ghi nhận phát hiện' }).click();
    await lost;
    await page.getByRole('heading', { name: 'Chờ gửi (ngoại tuyến)' }).waitFor();
    expect(await findingsRecorded()).toHaveLength(2);
    await page.unroute('**/graphql');
    await page.reload();
    await page.getByRole('heading', { name: 'Phòng cháy chữa cháy' }).waitFor();
    await page.getByRole('heading', { name: 'Chờ gửi (ngoại tuyến)' }).waitFor({ state: 'detached' });
    expect((await findingsRecorded()).map((event: { data: { criterionCode: string } }) => event.data.criterionCode).sort()).toEqual([
      'phong-chay',
      'so-theo-doi-tre-em',
    ]);

    // Someone revises the first finding meanwhile: the inspector's revision shows both versions and overwrites nothing.
    await api.ok(`mutation($input: ReviseFindingInput!) { reviseFinding(input: $input) { changed } }`, {
      input: {
        inspectionId,
        findingId,
        expectedRevision: 0,
        criterion: 'Sổ theo dõi trẻ em được cập nhật',
        legalBasis: 'Nghị định 56/2017/NĐ-CP',
        conformity: 'NONCONFORMING',
        severity: 'VIOLATION',
        description: 'Bản sửa từ máy khác',
      },
    });
    const card = page.locator(`[data-finding="${findingId}"]`);
    await card.getByRole('button', { name: 'Sửa' }).click();
    await card.getByLabel('Mô tả').fill('Bản sửa trên điện thoại');
    await card.getByRole('button', { name: 'Lưu' }).click();
    const conflict = card.getByRole('alert');
    await conflict.getByText('Bản sửa từ máy khác').waitFor();
    await conflict.getByText('Bản sửa trên điện thoại').waitFor();
    await checkPage(page, 'inspector-conflict');
    const { inspection } = await api.ok(`query($id: ID!) { inspection(id: $id) { findings { findingId description revision } } }`, { id: inspectionId });
    expect(inspection.findings.find((f: { findingId: string }) => f.findingId === findingId)).toMatchObject({
      description: 'Bản sửa từ máy khác',
      revision: 1,
    });
    await conflict.getByRole('button', { name: 'Giữ bản hiện tại' }).click();

    await page.getByRole('checkbox', { name: 'Sổ theo dõi trẻ em được cập nhật' }).check();
    await page.getByLabel('Cơ quan chịu trách nhiệm').selectOption('so-y-te-soc-trang');
    await page.getByLabel('Biện pháp khắc phục').fill('Cập nhật sổ theo dõi trẻ em hằng tháng');
    await page.getByLabel('Hạn', { exact: true }).fill('2027-03-31');
    await page.getByRole('button', { name: 'Ban hành kiến nghị' }).click();
    await page.getByText('Cập nhật sổ theo dõi trẻ em hằng tháng ·').waitFor();
    await checkPage(page, 'inspector-inspection');
    await context.close();
  }, 120000);

  it("an officer of Sở Y tế submits an overdue report and reports the corrective action; the committee's view changes", async () => {
    const committee = await signedIn(web, COMMITTEE);
    await committee.page.getByRole('heading', { name: 'Báo cáo theo kỳ' }).waitFor();
    await committee.page.waitForLoadState('networkidle');
    const before = await agencyCounts(committee.page, 'so-y-te-soc-trang');

    const { context, page } = await signedIn(web, HEALTH_OFFICER);
    await page.waitForURL(/#\/officer/);
    await page.getByRole('heading', { name: 'Nghĩa vụ của cơ quan tôi' }).waitFor();
    await page.waitForLoadState('networkidle');
    await checkPage(page, 'officer-obligations');
    const report = page.locator('tr[data-kind="PERIODIC_REPORT"][data-status="OVERDUE"]').first();
    const obligationId = await report.getAttribute('data-obligation');
    await report.locator('summary', { hasText: 'Nộp báo cáo' }).click();
    await report.getByLabel('Mã chỉ tiêu').fill('TE-01');
    await report.getByLabel('Đơn vị').fill('trẻ em');
    await report.getByLabel('Giá trị').fill('42');
    await report.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.locator(`tr[data-obligation="${obligationId}"][data-status="SUBMITTED_LATE"]`).waitFor();

    const recommendation = page.locator('tr[data-kind="RECOMMENDATION"]', { hasText: 'Cập nhật sổ theo dõi trẻ em hằng tháng' });
    await recommendation.locator('summary', { hasText: 'Báo cáo khắc phục' }).click();
    await recommendation.getByLabel('Việc đã làm').fill('Đã cập nhật sổ theo dõi đến tháng 11');
    await recommendation.getByRole('button', { name: 'Báo cáo khắc phục' }).click();
    await page.locator('tr[data-kind="RECOMMENDATION"][data-status="SUBMITTED_ON_TIME"]', { hasText: 'Cập nhật sổ theo dõi trẻ em hằng tháng' }).waitFor();
    const { inspectionRecommendations } = await (
      await web.api('can-bo-so-y-te-soc-trang')
    ).ok(`{ inspectionRecommendations(responsibleAgency: "so-y-te-soc-trang", status: REPORTED) { correctiveAction reportedAction } }`);
    expect(inspectionRecommendations).toContainEqual({
      correctiveAction: 'Cập nhật sổ theo dõi trẻ em hằng tháng',
      reportedAction: 'Đã cập nhật sổ theo dõi đến tháng 11',
    });

    const task = page.locator('tr[data-task="kh-soc-trang-23-ct-ttg/ii-1-dd/so-y-te-soc-trang"]');
    await task.getByRole('button', { name: 'Tiếp nhận' }).click();
    await task.locator('[data-status="ACKNOWLEDGED"]').waitFor();
    await task.locator('summary', { hasText: 'Báo cáo tiến độ' }).click();
    await task.getByLabel('Phần trăm hoàn thành').fill('40');
    await task.getByLabel('Tóm tắt').fill('Đã triển khai truyền thông tại 5 huyện');
    await task.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await task.getByText('40 %').waitFor();
    await checkPage(page, 'officer-after');

    await committee.page.reload();
    await committee.page.getByRole('heading', { name: 'Báo cáo theo kỳ' }).waitFor();
    await committee.page.waitForLoadState('networkidle');
    const after = await agencyCounts(committee.page, 'so-y-te-soc-trang');
    expect(after).toEqual([before[0], before[1] + 1, before[2] - 1, before[3]]);
    await context.close();
    await committee.context.close();
  }, 90000);

  it("a person without the grant cannot open another province's pages, and sees no menu their roles do not open", async () => {
    const committee = await signedIn(web, COMMITTEE);
    await committee.page.goto(`${web.url}/#/committee/tuyen-quang`);
    await committee.page.getByRole('heading', { name: 'Không được phép' }).waitFor();
    expect(await settledCount(committee.page.locator('tr[data-agency]'), 0)).toBe(0);
    await checkPage(committee.page, 'not-allowed');
    const { agencies } = await (await web.api('ban-chi-dao-soc-trang')).ok(`{ agencies(jurisdiction: "tuyen-quang") { id } }`);
    await committee.page.goto(`${web.url}/#/committee/soc-trang/agency/${agencies[0].id}`);
    await committee.page.getByRole('heading', { name: 'Không được phép' }).waitFor();
    await committee.context.close();

    const { context, page } = await signedIn(web, HEALTH_OFFICER);
    expect(await page.getByRole('navigation', { name: 'menu' }).getByRole('link').allTextContents()).toEqual(['Cán bộ cơ quan']);
    for (const path of ['/committee/soc-trang', '/inspector']) {
      await page.goto(`${web.url}/#${path}`);
      await page.getByRole('heading', { name: 'Không được phép' }).waitFor();
    }
    await context.close();
  }, 60000);

  it('signs in and reads in English as the second locale', async () => {
    const { context, page } = await signedIn(web, COMMITTEE);
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { name: 'Reports per period' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await checkPage(page, 'committee-overview-en');
    await context.close();
  }, 60000);
});
