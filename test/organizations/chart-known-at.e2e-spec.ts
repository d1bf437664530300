import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const UNIT = `query ($id: ID!, $asOf: LocalDate, $knownAt: DateTime) { administrativeUnit(id: $id, asOf: $asOf, knownAt: $knownAt) { id name status successorUnitId } }`;
const UNITS = `query ($parent: ID, $asOf: LocalDate, $knownAt: DateTime) { administrativeUnits(parent: $parent, asOf: $asOf, knownAt: $knownAt) { id } }`;
const AGENCY = `query ($id: ID!, $asOf: LocalDate, $knownAt: DateTime) { agency(id: $id, asOf: $asOf, knownAt: $knownAt) { id name unit { id name } } }`;
const AGENCIES = `query ($jurisdiction: ID, $asOf: LocalDate, $knownAt: DateTime) { agencies(jurisdiction: $jurisdiction, asOf: $asOf, knownAt: $knownAt) { id name } }`;
const VERSIONS = `query ($id: ID!, $knownAt: DateTime) { agencyVersions(id: $id, knownAt: $knownAt) { name validFrom validTo } }`;
const RENAME = `mutation ($input: RenameAgencyInput!) { renameAgency(input: $input) { changed } }`;

const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

/**
 * The chart on a date (its own valid time) and as the platform knew it at an instant (recorded
 * time): the demo replays the 2025 reorganisation at start-up; a renaming recorded later and
 * backdated to 1 December 2025 changes what the chart says of December, from the instant it
 * was recorded on, without rewriting what the platform had said before.
 */
describe('the organisation chart on a date, as known at an instant (GraphQL over HTTP)', () => {
  let t: TestPlatform;
  let beforeRenaming: Date;
  let afterRenaming: Date;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2026-01-15T03:00:00Z' });
    await pause();
    beforeRenaming = new Date();
    await pause();
    await t.as(admin).ok(RENAME, { input: { agencyId: 'so-y-te-can-tho', name: 'Sở Y tế thành phố Cần Thơ (sau hợp nhất)', effectiveFrom: '2025-12-01' } });
    await pause();
    afterRenaming = new Date();
  }, 240000);
  afterAll(() => t?.stop());

  it('shows Sóc Trăng a province on 30 June 2025 and merged into Cần Thơ on 2 July 2025', async () => {
    expect((await t.as(committee).ok(UNIT, { id: 'soc-trang', asOf: '2025-06-30' })).administrativeUnit).toMatchObject({
      name: 'Tỉnh Sóc Trăng',
      status: 'active',
      successorUnitId: null,
    });
    expect((await t.as(committee).ok(UNIT, { id: 'soc-trang', asOf: '2025-07-02' })).administrativeUnit).toMatchObject({
      status: 'merged',
      successorUnitId: 'can-tho',
    });
    // As known before the renaming was recorded, the same dates answer the same.
    expect((await t.as(committee).ok(UNIT, { id: 'soc-trang', asOf: '2025-07-02', knownAt: beforeRenaming })).administrativeUnit).toMatchObject({
      status: 'merged',
      successorUnitId: 'can-tho',
    });
    const provinces = async (asOf: string) => (await t.as(committee).ok(UNITS, { parent: 'viet-nam', asOf, knownAt: beforeRenaming })).administrativeUnits;
    expect(await provinces('2025-06-30')).toContainEqual({ id: 'soc-trang' });
    expect(await provinces('2025-07-02')).not.toContainEqual({ id: 'soc-trang' });
  });

  it('answers a backdated renaming from the instant it was recorded, and the earlier knowledge as it was', async () => {
    const december = async (knownAt?: Date) => (await t.as(committee).ok(AGENCY, { id: 'so-y-te-can-tho', asOf: '2025-12-15', knownAt })).agency;
    expect(await december(beforeRenaming)).toMatchObject({ name: 'Sở Y tế', unit: { id: 'can-tho' } });
    expect(await december(afterRenaming)).toMatchObject({ name: 'Sở Y tế thành phố Cần Thơ (sau hợp nhất)', unit: { id: 'can-tho' } });
    expect(await december()).toMatchObject({ name: 'Sở Y tế thành phố Cần Thơ (sau hợp nhất)' });
    // November stays as it was on both axes.
    expect((await t.as(committee).ok(AGENCY, { id: 'so-y-te-can-tho', asOf: '2025-11-15', knownAt: afterRenaming })).agency.name).toBe('Sở Y tế');

    const periods = async (knownAt: Date) => (await t.as(committee).ok(VERSIONS, { id: 'so-y-te-can-tho', knownAt })).agencyVersions;
    const before = await periods(beforeRenaming);
    const after = await periods(afterRenaming);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(-2)).toEqual([
      expect.objectContaining({ name: 'Sở Y tế', validTo: '2025-12-01' }),
      { name: 'Sở Y tế thành phố Cần Thơ (sau hợp nhất)', validFrom: '2025-12-01', validTo: null },
    ]);
    expect(before[before.length - 1]).toMatchObject({ name: 'Sở Y tế', validTo: null });
  });

  it('knew no chart before anything was recorded', async () => {
    expect((await t.as(committee).ok(AGENCIES, { jurisdiction: 'can-tho', asOf: '2025-12-15', knownAt: new Date('2020-01-01T00:00:00Z') })).agencies).toEqual(
      [],
    );
    expect(await t.as(committee).errorCode(UNIT, { id: 'can-tho', knownAt: new Date('2020-01-01T00:00:00Z') })).toBe('NOT_FOUND');
  });
});
