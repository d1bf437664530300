import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const AGENCIES = `query ($jurisdiction: ID, $asOf: LocalDate, $includeInactive: Boolean) {
  agencies(jurisdiction: $jurisdiction, asOf: $asOf, includeInactive: $includeInactive) { id name kind status unitId successorAgencyId predecessorAgencyIds functions unit { id name } }
}`;
const AGENCY = `query ($id: ID!, $asOf: LocalDate) { agency(id: $id, asOf: $asOf) { id name shortName status validFrom validTo } }`;
const REGISTER = `mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { streamIds revision projected changed correlationId } }`;
const RENAME = `mutation ($input: RenameAgencyInput!) { renameAgency(input: $input) { streamIds projected changed } }`;
const MERGE = `mutation ($input: MergeAgenciesInput!) { mergeAgencies(input: $input) { streamIds projected } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type revision actor agency correlationId data } }`;

const newAgency = (agencyId: string, extra: Record<string, unknown> = {}) => ({
  agencyId,
  name: 'Trung tâm Công tác xã hội tỉnh Sóc Trăng',
  kind: 'SERVICE_PROVIDER',
  unitId: 'soc-trang',
  parentAgencyId: 'so-ldtbxh-soc-trang',
  functions: ['child-protection'],
  effectiveFrom: '2021-01-01',
  ...extra,
});

describe('organizations over GraphQL (HTTP, embedded platform with demo data)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform();
  }, 120000);
  afterAll(() => t?.stop());

  async function logHead() {
    const response = await fetch(`${t.platform.url}/health`);
    return ((await response.json()) as { log: { head: unknown } }).log.head;
  }

  it('answers the agencies of Sóc Trăng province from the demo data, districts included', async () => {
    const { agencies } = await t.as(committee).ok(AGENCIES, { jurisdiction: 'soc-trang' });
    const ids = agencies.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['ubnd-soc-trang', 'so-ldtbxh-soc-trang', 'so-y-te-soc-trang', 'cong-an-soc-trang', 'ubnd-ke-sach']));
    expect(ids).not.toContain('so-ldtbxh-tuyen-quang');
    expect(agencies.find((a: { id: string }) => a.id === 'so-y-te-soc-trang')).toMatchObject({
      name: 'Sở Y tế',
      kind: 'DEPARTMENT',
      unit: { id: 'soc-trang', name: 'Tỉnh Sóc Trăng' },
    });
  });

  it('refuses a mutation without a token and writes nothing', async () => {
    const before = await logHead();
    expect(await t.anonymous.errorCode(REGISTER, { input: newAgency('no-token-agency') })).toBe('UNAUTHENTICATED');
    expect(await t.anonymous.withHeaders({ authorization: 'Bearer forged.token.value' }).errorCode(REGISTER, { input: newAgency('no-token-agency') })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await logHead()).toEqual(before);
  });

  it('refuses queries without a token too: children’s data is behind authentication', async () => {
    expect(await t.anonymous.errorCode(AGENCIES, { jurisdiction: 'soc-trang' })).toBe('UNAUTHENTICATED');
  });

  it('refuses a mutation from a role that may not change the chart (FORBIDDEN), writing nothing', async () => {
    const before = await logHead();
    expect(await t.as(committee).errorCode(REGISTER, { input: newAgency('forbidden-agency') })).toBe('FORBIDDEN');
    expect(await logHead()).toEqual(before);
  });

  it.each([
    ['a malformed id', { agencyId: 'Sở Y Tế!' }, 'BAD_USER_INPUT'],
    ['a malformed date', { effectiveFrom: '31/12/2021' }, 'BAD_USER_INPUT'],
    ['an unknown administrative unit', { unitId: 'atlantis' }, 'NOT_FOUND'],
    ['an unknown parent agency', { parentAgencyId: 'bo-khong-ton-tai' }, 'NOT_FOUND'],
    ['an agency id already registered', { agencyId: 'so-y-te-soc-trang' }, 'CONFLICT'],
  ])('refuses %s with %s and writes nothing', async (_label, change, code) => {
    const before = await logHead();
    expect(await t.as(admin).errorCode(REGISTER, { input: newAgency('ctxh-soc-trang-bad', change) })).toBe(code);
    expect(await logHead()).toEqual(before);
  });

  it('registers an agency, records who did it and from which request, and answers with read-your-writes', async () => {
    const receipt = (
      await t
        .as(admin)
        .withHeaders({ 'x-correlation-id': 'req-42' })
        .ok(REGISTER, { input: newAgency('ctxh-soc-trang') })
    ).registerAgency;
    expect(receipt).toMatchObject({ streamIds: ['agency-ctxh-soc-trang'], revision: 0, projected: true, changed: true, correlationId: 'req-42' });
    const { agency } = await t.as(committee).ok(AGENCY, { id: 'ctxh-soc-trang' });
    expect(agency).toMatchObject({ name: 'Trung tâm Công tác xã hội tỉnh Sóc Trăng', status: 'active' });
    const { streamHistory } = await t.as(committee).ok(HISTORY, { streamId: 'agency-ctxh-soc-trang' });
    expect(streamHistory).toEqual([
      expect.objectContaining({ type: 'AgencyRegistered', revision: 0, actor: 'user:test-admin', agency: null, correlationId: 'req-42' }),
    ]);
  });

  it('keeps the history of a rename: as-of queries before and after the effective date', async () => {
    await t.as(admin).ok(RENAME, {
      input: { agencyId: 'so-tttt-soc-trang', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', effectiveFrom: '2025-03-01', decision: 'NQ 176/2025' },
    });
    const before = (await t.as(committee).ok(AGENCY, { id: 'so-tttt-soc-trang', asOf: '2024-12-31' })).agency;
    const after = (await t.as(committee).ok(AGENCY, { id: 'so-tttt-soc-trang', asOf: '2025-03-01' })).agency;
    expect(before).toMatchObject({ name: 'Sở Thông tin và Truyền thông', validTo: '2025-03-01' });
    expect(after).toMatchObject({ name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', validFrom: '2025-03-01', validTo: null });
  });

  it('a rename effective before the last change would rewrite history and is refused', async () => {
    expect(await t.as(admin).errorCode(RENAME, { input: { agencyId: 'so-tttt-soc-trang', name: 'Tên khác', effectiveFrom: '2024-01-01' } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('merges two agencies: predecessors end on the effective date, the successor answers for their functions', async () => {
    const toUnknown = { predecessorAgencyIds: ['so-ldtbxh-soc-trang'], successorAgencyId: 'so-noi-vu-soc-trang', effectiveFrom: '2025-03-01' };
    expect(await t.as(admin).errorCode(MERGE, { input: toUnknown })).toBe('NOT_FOUND');
    expect(await t.as(admin).errorCode(MERGE, { input: { ...toUnknown, successorAgencyId: 'so-ldtbxh-soc-trang' } })).toBe('BAD_USER_INPUT');

    await t.as(admin).ok(REGISTER, {
      input: newAgency('so-noi-vu-soc-trang', {
        name: 'Sở Nội vụ',
        kind: 'DEPARTMENT',
        parentAgencyId: 'ubnd-soc-trang',
        functions: ['home-affairs'],
        effectiveFrom: '2010-01-01',
      }),
    });
    const receipt = (
      await t.as(admin).ok(MERGE, {
        input: {
          predecessorAgencyIds: ['so-ldtbxh-soc-trang'],
          successorAgencyId: 'so-noi-vu-soc-trang',
          effectiveFrom: '2025-03-01',
          decision: '1234/QĐ-UBND',
        },
      })
    ).mergeAgencies;
    expect(receipt.streamIds).toEqual(['agency-so-noi-vu-soc-trang', 'agency-so-ldtbxh-soc-trang']);

    const now = (await t.as(committee).ok(AGENCIES, { jurisdiction: 'soc-trang', asOf: '2025-06-01', includeInactive: true })).agencies;
    expect(now.find((a: { id: string }) => a.id === 'so-ldtbxh-soc-trang')).toMatchObject({ status: 'merged', successorAgencyId: 'so-noi-vu-soc-trang' });
    expect(now.find((a: { id: string }) => a.id === 'so-noi-vu-soc-trang')).toMatchObject({
      status: 'active',
      predecessorAgencyIds: ['so-ldtbxh-soc-trang'],
      functions: expect.arrayContaining(['home-affairs', 'child-protection', 'labour', 'social-assistance']),
    });
    const before = (await t.as(committee).ok(AGENCIES, { jurisdiction: 'soc-trang', asOf: '2024-06-01' })).agencies;
    expect(before.find((a: { id: string }) => a.id === 'so-ldtbxh-soc-trang')).toMatchObject({ status: 'active' });
    const active = (await t.as(committee).ok(AGENCIES, { jurisdiction: 'soc-trang', asOf: '2025-06-01' })).agencies;
    expect(active.map((a: { id: string }) => a.id)).not.toContain('so-ldtbxh-soc-trang');
    expect(await t.as(admin).errorCode(RENAME, { input: { agencyId: 'so-ldtbxh-soc-trang', name: 'Sở cũ', effectiveFrom: '2025-06-01' } })).toBe('CONFLICT');
  });

  it('treats the level set as data: the district level can be retired (2025) and no district can then be established', async () => {
    await t
      .as(admin)
      .ok(
        `mutation { retireAdministrativeLevel(input: { levelCode: "district", effectiveFrom: "2025-07-01", reason: "Luật Tổ chức chính quyền địa phương 2025" }) { changed } }`,
      );
    const { administrativeLevels } = await t.as(committee).ok(`{ administrativeLevels { levelCode retiredFrom } }`);
    expect(administrativeLevels).toContainEqual({ levelCode: 'district', retiredFrom: '2025-07-01' });
    const establish = `mutation { establishAdministrativeUnit(input: { unitId: "huyen-moi", name: "Huyện Mới", levelCode: "district", parentUnitId: "soc-trang", effectiveFrom: "2025-08-01" }) { changed } }`;
    expect(await t.as(admin).errorCode(establish)).toBe('BAD_USER_INPUT');
  });

  it('serves a health check without a token', async () => {
    const response = await fetch(`${t.platform.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; projections: { projection: string; status: string }[] };
    expect(body.status).toBe('ok');
    expect(body.projections.map((p) => p.projection)).toContain('organizations.chart');
  });
});
