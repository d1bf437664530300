import { Actor } from '@cpp/access';
import { admin, startTestPlatform, TestPlatform } from '../support/platform-harness';

const officer = (subject: string, agencyId: string): Actor => ({ subject, name: subject, agencyId, roles: ['agency-officer'] });
const SOC_TRANG = officer('doc-so-y-te-soc-trang', 'so-y-te-soc-trang');
const SON_DUONG = officer('doc-ubnd-son-duong', 'ubnd-son-duong');
const TUYEN_QUANG = officer('doc-so-ldtbxh-tuyen-quang', 'so-ldtbxh-tuyen-quang');

const DIRECTIVE = `query ($id: ID!) { directive(id: $id) { id } }`;
const DIRECTIVES = `{ directives { id } }`;
const BELOW = `query ($id: ID!) { directive(id: $id) { implementedBy { id } citedBy { id } cascadeDown { directive { id } } } }`;
const WORK = `query ($id: ID!) { directiveTasks(directiveId: $id) { taskCount } }`;

/**
 * A document binds its issuer's place and everything under it: a province's officers read the
 * national decisions and their own province's documents (and its districts'), a district reads
 * its province's, and nobody reads a neighbouring province's — not by id, in a list, or one
 * cascade link away from a document they may read.
 */
describe('who reads a directive (GraphQL over HTTP)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ reorganisation2025: false });
  }, 120_000);
  afterAll(() => t?.stop());

  it('lets a Sóc Trăng officer read the national decision and the Sóc Trăng plan, and refuses the Lạng Sơn and Tuyên Quang dispatches', async () => {
    const client = t.as(SOC_TRANG);
    for (const id of ['qd-923-ldtbxh', 'ct-23-ttg', 'kh-soc-trang-23-ct-ttg']) expect((await client.ok(DIRECTIVE, { id })).directive.id).toBe(id);
    for (const id of ['cv-lang-son-2019', 'cv-tuyen-quang-23-ct-ttg', 'cv-son-duong-2024']) expect(await client.errorCode(DIRECTIVE, { id })).toBe('FORBIDDEN');
  });

  it('lists for a Sóc Trăng officer only the documents that bind Sóc Trăng', async () => {
    const everything = (await t.as(admin).ok(DIRECTIVES)).directives.map((d: { id: string }) => d.id);
    const listed = (await t.as(SOC_TRANG).ok(DIRECTIVES)).directives.map((d: { id: string }) => d.id);
    expect(everything).toEqual(expect.arrayContaining(['cv-lang-son-2019', 'cv-tuyen-quang-23-ct-ttg', 'qd-923-ldtbxh']));
    expect(listed).toEqual(expect.arrayContaining(['qd-923-ldtbxh', 'ct-23-ttg', 'kh-soc-trang-23-ct-ttg']));
    expect(listed).not.toEqual(expect.arrayContaining(['cv-lang-son-2019']));
    expect(listed.filter((id: string) => /lang-son|tuyen-quang|son-duong/.test(id))).toEqual([]);
    expect(listed.length).toBeLessThan(everything.length);
  });

  it('does not lead a Sóc Trăng officer from a national document down into another province’s', async () => {
    const national = await t.as(admin).ok(BELOW, { id: 'ct-23-ttg' });
    const seen = await t.as(SOC_TRANG).ok(BELOW, { id: 'ct-23-ttg' });
    const ids = (view: { implementedBy: { id: string }[]; citedBy: { id: string }[]; cascadeDown: { directive: { id: string } }[] }) => [
      ...view.implementedBy.map((d) => d.id),
      ...view.citedBy.map((d) => d.id),
      ...view.cascadeDown.map((step) => step.directive.id),
    ];
    expect(ids(national.directive)).toEqual(expect.arrayContaining(['kh-soc-trang-23-ct-ttg', 'cv-son-duong-2024']));
    expect(ids(seen.directive)).toContain('kh-soc-trang-23-ct-ttg');
    expect(ids(seen.directive).filter((id) => /lang-son|tuyen-quang|son-duong/.test(id))).toEqual([]);
  });

  it('lets a district read its province’s dispatch and a province read its district’s, but neither reads Sóc Trăng’s plan', async () => {
    expect((await t.as(SON_DUONG).ok(DIRECTIVE, { id: 'cv-tuyen-quang-23-ct-ttg' })).directive.id).toBe('cv-tuyen-quang-23-ct-ttg');
    expect((await t.as(SON_DUONG).ok(DIRECTIVE, { id: 'cv-son-duong-2024' })).directive.id).toBe('cv-son-duong-2024');
    expect((await t.as(TUYEN_QUANG).ok(DIRECTIVE, { id: 'cv-son-duong-2024' })).directive.id).toBe('cv-son-duong-2024');
    expect(await t.as(SON_DUONG).errorCode(DIRECTIVE, { id: 'kh-soc-trang-23-ct-ttg' })).toBe('FORBIDDEN');
    expect(await t.as(TUYEN_QUANG).errorCode(DIRECTIVE, { id: 'kh-soc-trang-23-ct-ttg' })).toBe('FORBIDDEN');
  });

  it('keeps the work cascading from a national decision to its issuer’s jurisdiction: a province reads the document, not every province’s tasks', async () => {
    expect((await t.as(admin).ok(WORK, { id: 'qd-923-ldtbxh' })).directiveTasks.taskCount).toBeGreaterThan(0);
    expect(await t.as(SOC_TRANG).errorCode(WORK, { id: 'qd-923-ldtbxh' })).toBe('FORBIDDEN');
    expect((await t.as(SOC_TRANG).ok(WORK, { id: 'kh-soc-trang-23-ct-ttg' })).directiveTasks.taskCount).toBeGreaterThan(0);
  });
});
