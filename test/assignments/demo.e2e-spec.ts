import { Actor } from '@cpp/access';
import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const DEMO_PLAN = 'kh-soc-trang-23-ct-ttg';
const OBLIGATIONS = `query ($agency: ID!) { obligations(agency: $agency) { id period dueDate status source { directiveId documentNumber sections } submissions { timeliness submittedOn } } }`;
const COMPLIANCE = `query ($jurisdiction: ID, $directiveId: ID, $year: Int) { compliance(jurisdiction: $jurisdiction, directiveId: $directiveId, year: $year) { agencyId period onTime late missing } }`;
const TASK = `query ($id: ID!) { task(id: $id) { id agencyId progress children { agencyId ownProgress } } }`;
const ISSUE = `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { projected } }`;

const ofPlan = (obligations: { source: { directiveId: string } }[], directiveId = DEMO_PLAN) => obligations.filter((o) => o.source.directiveId === directiveId);

/**
 * The platform as `npm start` runs it, with every context's demo data: the directives
 * context issues the real Sóc Trăng plan (seed 003) and this context turns it into tasks and
 * obligations, with the 2021 reports the demo records; a document issued through the
 * directives context's GraphQL becomes obligations too.
 */
describe('assignments with the demo data, through the directives context (GraphQL over HTTP)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2022-03-01T03:00:00Z' });
  }, 180000);
  afterAll(() => t?.stop());

  it('gives Sở Y tế Sóc Trăng the reports of the plan 29/KH-UBND for its sections II.1.đ and II.4.đ, due before 30/6 and 30/11', async () => {
    const owed = ofPlan((await t.as(committee).ok(OBLIGATIONS, { agency: 'so-y-te-soc-trang' })).obligations);
    expect(owed.slice(0, 4)).toEqual([
      expect.objectContaining({
        period: '2021-H1',
        dueDate: '2021-06-30',
        status: 'SUBMITTED_LATE',
        submissions: [{ timeliness: 'LATE', submittedOn: '2021-07-08' }],
      }),
      expect.objectContaining({ period: '2021', dueDate: '2021-11-30', status: 'SUBMITTED_LATE' }),
      expect.objectContaining({ period: '2022-H1', dueDate: '2022-06-30', status: 'OPEN' }),
      expect.objectContaining({ period: '2022', dueDate: '2022-11-30', status: 'OPEN' }),
    ]);
    expect(owed[0]).toMatchObject({ source: { documentNumber: '29/KH-UBND', sections: ['II.1.đ', 'II.4.đ'] } });
  });

  it('shows the province’s 2021 compliance: on time, late and missing reports per agency', async () => {
    const rows = (await t.as(committee).ok(COMPLIANCE, { jurisdiction: 'soc-trang', directiveId: DEMO_PLAN, year: 2021 })).compliance;
    const row = (agencyId: string, period: string) => rows.find((r: { agencyId: string; period: string }) => r.agencyId === agencyId && r.period === period);
    expect(row('so-gddt-soc-trang', '2021-H1')).toMatchObject({ onTime: 1, late: 0, missing: 0 });
    expect(row('so-vhttdl-soc-trang', '2021-H1')).toMatchObject({ onTime: 0, late: 1, missing: 0 });
    expect(row('so-tttt-soc-trang', '2021-H1')).toMatchObject({ onTime: 0, late: 0, missing: 1 });
  });

  it('shows the demo’s delegated task in the cascade, with the district’s progress rolled up', async () => {
    const task = (await t.as(committee).ok(TASK, { id: `${DEMO_PLAN}/ii-2-a/so-ldtbxh-soc-trang` })).task;
    expect(task).toMatchObject({ agencyId: 'so-ldtbxh-soc-trang', progress: 25, children: [{ agencyId: 'ubnd-ke-sach', ownProgress: 50 }] });
  });

  it('turns a document issued through the directives context’s GraphQL into tasks and obligations, before the mutation answers', async () => {
    const officer: Actor = { subject: 'van-thu-ubnd-soc-trang', name: 'Văn thư UBND tỉnh', agencyId: 'ubnd-soc-trang', roles: ['agency-officer'] };
    const receipt = (
      await t.as(officer).ok(ISSUE, {
        input: {
          directiveId: 'cv-dot-xuat-duoi-nuoc-2022',
          documentNumber: '412/UBND-VX',
          documentType: 'CONG_VAN',
          issuingAgencyId: 'ubnd-soc-trang',
          place: 'Sóc Trăng',
          issuedOn: '2022-03-01',
          subject: 'V/v tăng cường phòng, chống đuối nước trẻ em mùa hè 2022',
          recipientAgencyIds: ['so-gddt-soc-trang'],
          tasks: [
            {
              taskId: 'muc-1',
              section: '1',
              text: 'Tổ chức dạy bơi an toàn cho học sinh',
              leadAgencyId: 'so-gddt-soc-trang',
              reportingRegimeIds: ['bao-cao-ket-qua'],
            },
          ],
          reportingRegimes: [
            {
              regimeId: 'bao-cao-ket-qua',
              title: 'Báo cáo kết quả phòng, chống đuối nước',
              content: 'Kết quả triển khai',
              recipientAgencyId: 'ubnd-soc-trang',
              method: 'Văn bản',
              frequency: 'ANNUAL',
              deadline: { month: 9, day: 15 },
              cutoff: 'Đến ngày 31/8',
              activeFrom: '2022-03-01',
              activeUntil: '2022-12-31',
            },
          ],
        },
      })
    ).issueDirective;
    expect(receipt.projected).toBe(true);
    const owed = ofPlan((await t.as(committee).ok(OBLIGATIONS, { agency: 'so-gddt-soc-trang' })).obligations, 'cv-dot-xuat-duoi-nuoc-2022');
    expect(owed).toEqual([
      expect.objectContaining({
        period: '2022',
        dueDate: '2022-09-15',
        status: 'OPEN',
        source: expect.objectContaining({ documentNumber: '412/UBND-VX', sections: ['1'] }),
      }),
    ]);
  });
});
