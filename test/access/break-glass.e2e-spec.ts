import { Actor } from '@cpp/access';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';

const DECLARE = `mutation ($i: BreakGlassInput!) { breakGlass(input: $i) { changed } }`;
const INSPECTION = `query { inspection(id: "kt-co-so-mam-non-lang-son-2019") { id sanctions { personName } } }`;
const READS = `query ($a: ID!) { breakGlassReads(agency: $a) { subject operation records { kind id } breakGlass { reason until agencyIds } } }`;
const REASON = 'Trẻ em chuyển từ Lạng Sơn về Sóc Trăng cần hỗ trợ khẩn cấp: phải biết kết luận kiểm tra cơ sở cũ';
const officer: Actor = { subject: 'can-bo-khan-cap', name: 'Cán bộ Sở Y tế', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
const langSonHead: Actor = {
  subject: 'giam-doc-so-ldtbxh-lang-son',
  name: 'Giám đốc Sở LĐTBXH Lạng Sơn',
  agencyId: 'so-ldtbxh-lang-son',
  roles: ['agency-head'],
};
const socTrangHead: Actor = {
  subject: 'giam-doc-so-y-te-soc-trang',
  name: 'Giám đốc Sở Y tế Sóc Trăng',
  agencyId: 'so-y-te-soc-trang',
  roles: ['agency-head'],
};

describe('break-the-glass: a read outside one’s grants, with a reason and a time limit, recorded and shown to the agency’s head', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
  }, 180000);
  afterAll(() => t?.stop());

  it('opens the read for its time limit only, logs it with the reason, and the head of the agency read sees it', async () => {
    expect(await t.as(officer).errorCode(INSPECTION)).toBe('FORBIDDEN');
    expect(await t.as(officer).errorCode(DECLARE, { i: { agencyId: 'so-ldtbxh-lang-son', reason: 'cần xem', minutes: 30 } })).toBe('BAD_USER_INPUT');
    expect(await t.as(officer).errorCode(DECLARE, { i: { agencyId: 'so-y-te-soc-trang', reason: REASON, minutes: 30 } })).toBe('BAD_USER_INPUT');
    await t.as(officer).ok(DECLARE, { i: { agencyId: 'so-ldtbxh-lang-son', reason: REASON, minutes: 30 } });

    expect((await t.as(officer).ok(INSPECTION)).inspection.id).toBe('kt-co-so-mam-non-lang-son-2019');
    // It opens reads, never writes.
    const directive = {
      directiveId: 'cv-khan-cap',
      documentNumber: '1/CV',
      documentType: 'CONG_VAN',
      issuingAgencyId: 'so-ldtbxh-lang-son',
      place: 'Lạng Sơn',
      issuedOn: '2024-06-01',
      subject: 'V/v khẩn cấp',
    };
    expect(await t.as(officer).errorCode(`mutation ($i: IssueDirectiveInput!) { issueDirective(input: $i) { changed } }`, { i: directive })).toBe('FORBIDDEN');

    const shown = (await t.as(langSonHead).ok(READS, { a: 'so-ldtbxh-lang-son' })).breakGlassReads;
    expect(shown).toEqual([
      {
        subject: officer.subject,
        operation: 'inspection',
        records: [{ kind: 'inspection', id: 'kt-co-so-mam-non-lang-son-2019' }],
        breakGlass: { reason: REASON, until: '2024-06-01T03:30:00.000Z', agencyIds: ['so-ldtbxh-lang-son'] },
      },
    ]);
    // Another agency's head does not see it.
    expect(await t.as(socTrangHead).errorCode(READS, { a: 'so-ldtbxh-lang-son' })).toBe('FORBIDDEN');

    t.clock.set(new Date('2024-06-01T03:31:00Z'));
    expect(await t.as(officer).errorCode(INSPECTION)).toBe('FORBIDDEN');
  });
});
