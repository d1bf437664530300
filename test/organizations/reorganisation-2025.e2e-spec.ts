import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const AGENCIES = `query ($jurisdiction: ID, $asOf: LocalDate) { agencies(jurisdiction: $jurisdiction, asOf: $asOf) { id name status functions predecessorAgencyIds } }`;
const AGENCY = `query ($id: ID!, $asOf: LocalDate) { agency(id: $id, asOf: $asOf) { id status successorAgencyId functions } }`;
const UNIT = `query ($id: ID!, $asOf: LocalDate) { administrativeUnit(id: $id, asOf: $asOf) { id name status } }`;
const OWED = `query ($agency: ID!) { obligations(agency: $agency) { id openedOn status agencyId originalAgencyId } }`;
const OBLIGATION = `query ($id: ID!) { obligation(id: $id) { id agencyId originalAgencyId status reassignments { fromAgencyId toAgencyId reason effectiveFrom decision } } }`;

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/**
 * The demo data as `npm start` loads it on a clock past 1 July 2025: the pre-2025 chart of the
 * source documents, then the 2025 reorganisation as organisation-chart events with their
 * effective dates (apps/platform/src/demo/organizations-2025.demo.ts).
 */
describe('the 2025 reorganisation replayed on the demo chart (GraphQL over HTTP)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2026-01-15T03:00:00Z' });
  }, 240000);
  afterAll(() => t?.stop());

  it('passes an obligation Sở LĐTBXH Sóc Trăng owed in 2024 to its successor in 2026, keeping the original assignee', async () => {
    const owedNow = (await t.as(committee).ok(OWED, { agency: 'so-y-te-can-tho' })).obligations;
    // Its recommendations from the inspections (opened in 2023 and 2024) were still open when the chart changed.
    const from2024 = owedNow.filter(
      (o: { openedOn: string; originalAgencyId: string }) => o.openedOn <= '2024-12-31' && o.originalAgencyId === 'so-ldtbxh-soc-trang',
    );
    expect(from2024.length).toBeGreaterThan(0);
    for (const { id } of from2024) {
      const now = (await t.as(committee).ok(OBLIGATION, { id })).obligation;
      expect(now).toMatchObject({ agencyId: 'so-y-te-can-tho', originalAgencyId: 'so-ldtbxh-soc-trang' });
      expect(now.reassignments).toEqual([
        {
          fromAgencyId: 'so-ldtbxh-soc-trang',
          toAgencyId: 'so-y-te-soc-trang',
          reason: 'function-transfer',
          effectiveFrom: '2025-03-01',
          decision: '45/2025/NĐ-CP',
        },
        { fromAgencyId: 'so-y-te-soc-trang', toAgencyId: 'so-y-te-can-tho', reason: 'merger', effectiveFrom: '2025-07-01', decision: '202/2025/QH15' },
      ]);
    }
    const stillWithTheLabourDepartment = (await t.as(committee).ok(OWED, { agency: 'so-ldtbxh-soc-trang' })).obligations.filter((o: { status: string }) =>
      ['OPEN', 'OVERDUE'].includes(o.status),
    );
    expect(stillWithTheLabourDepartment).toEqual([]);
  });

  it('shows the chart before the dates as it stood, and today’s chart today', async () => {
    const before = ids((await t.as(committee).ok(AGENCIES, { jurisdiction: 'soc-trang', asOf: '2024-12-31' })).agencies);
    expect(before).toEqual(expect.arrayContaining(['ubnd-soc-trang', 'so-ldtbxh-soc-trang', 'so-y-te-soc-trang', 'ubnd-ke-sach']));
    expect(ids((await t.as(committee).ok(AGENCIES, { jurisdiction: 'soc-trang' })).agencies)).toEqual([]);
    const canTho = (await t.as(committee).ok(AGENCIES, { jurisdiction: 'can-tho' })).agencies;
    expect(canTho.find((a: { id: string }) => a.id === 'so-y-te-can-tho')).toMatchObject({
      status: 'active',
      functions: expect.arrayContaining(['health', 'child-protection']),
      predecessorAgencyIds: expect.arrayContaining(['so-y-te-soc-trang', 'so-y-te-hau-giang']),
    });
    expect(await t.as(committee).ok(UNIT, { id: 'soc-trang', asOf: '2025-06-30' })).toMatchObject({ administrativeUnit: { status: 'active' } });
    expect((await t.as(committee).ok(UNIT, { id: 'soc-trang' })).administrativeUnit.status).not.toBe('active');
  });

  it('moves child affairs to Sở Y tế from 1 March 2025 and merges the rest of Sở LĐTBXH into Sở Nội vụ', async () => {
    const february = (await t.as(committee).ok(AGENCY, { id: 'so-ldtbxh-lang-son', asOf: '2025-02-28' })).agency;
    expect(february).toMatchObject({ status: 'active', functions: expect.arrayContaining(['child-protection']) });
    expect((await t.as(committee).ok(AGENCY, { id: 'so-ldtbxh-lang-son', asOf: '2025-03-01' })).agency).toMatchObject({
      successorAgencyId: 'so-noi-vu-lang-son',
    });
    expect((await t.as(committee).ok(AGENCY, { id: 'so-y-te-lang-son' })).agency).toMatchObject({
      status: 'active',
      functions: expect.arrayContaining(['health', 'child-protection']),
    });
  });

  it('keeps Lạng Sơn a province of its own and merges Hà Giang into Tuyên Quang on 1 July 2025', async () => {
    expect((await t.as(committee).ok(UNIT, { id: 'lang-son' })).administrativeUnit).toMatchObject({ status: 'active' });
    expect(ids((await t.as(committee).ok(AGENCIES, { jurisdiction: 'lang-son' })).agencies)).toContain('ubnd-lang-son');
    expect((await t.as(committee).ok(AGENCY, { id: 'ubnd-ha-giang' })).agency).toMatchObject({ successorAgencyId: 'ubnd-tuyen-quang' });
    expect((await t.as(committee).ok(UNIT, { id: 'tuyen-quang' })).administrativeUnit).toMatchObject({ status: 'active' });
  });
});
