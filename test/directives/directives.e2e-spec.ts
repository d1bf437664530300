import { Actor } from '@cpp/access';
import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const ldtbxhOfficer: Actor = {
  subject: 'can-bo-so-ldtbxh-soc-trang',
  name: 'Cán bộ Sở LĐTBXH Sóc Trăng',
  agencyId: 'so-ldtbxh-soc-trang',
  roles: ['agency-officer'],
};
const healthOfficer: Actor = {
  subject: 'can-bo-so-y-te-soc-trang',
  name: 'Cán bộ Sở Y tế Sóc Trăng',
  agencyId: 'so-y-te-soc-trang',
  roles: ['agency-officer'],
};
const inspector: Actor = { subject: 'thanh-tra-vien', name: 'Thanh tra viên', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] };

const RECEIPT = '{ streamIds revision projected changed correlationId }';
const ISSUE = `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) ${RECEIPT} }`;
const LINK = `mutation ($input: LinkDirectiveInput!) { linkDirective(input: $input) ${RECEIPT} }`;
const AMEND = `mutation ($input: AmendDirectiveInput!) { amendDirective(input: $input) ${RECEIPT} }`;
const SUPERSEDE = `mutation ($input: SupersedeDirectiveInput!) { supersedeDirective(input: $input) ${RECEIPT} }`;
const REVOKE = `mutation ($input: RevokeDirectiveInput!) { revokeDirective(input: $input) ${RECEIPT} }`;
const AD_HOC = `mutation ($input: RequestAdHocReportInput!) { requestAdHocReport(input: $input) ${RECEIPT} }`;
const DIRECTIVE = `query ($id: ID!, $lead: ID) { directive(id: $id) {
  id streamId documentType issuingAgencyId place issuedOn subject status statusFrom supersededByDirectiveId revocationReason revokingDocument
  documentNumber { raw number year symbol typeCode issuerCode }
  signer { name capacity }
  tasks(leadAgency: $lead) { id section text leadAgencyId coordinatingAgencyIds dueDate reportingRegimeIds status statusFrom }
  reportingRegimes { id title frequency deadline { month day } recipientAgencyId reportingAgencyIds cutoff activeFrom activeUntil }
  amendments { sequence amendedOn amendingDocument subject addedTaskIds changedTaskIds withdrawnTaskIds }
  adHocRequests { requestId regimeId reportingAgencyIds dueDate requestedOn }
} }`;
const CASCADE = `query ($id: ID!) { directive(id: $id) {
  id
  implements { id implements { id implements { id } } }
  implementedBy { id implementedBy { id implementedBy { id } } }
  basedOn { id }
  cascadeUp { depth directive { id documentNumber { raw } } }
  cascadeDown { depth directive { id } }
} }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type revision actor agency data } }`;

const ids = (items: { id: string }[]) => items.map((item) => item.id);

/** A Sở LĐTBXH plan implementing the provincial plan, as its officer would enter it. */
const sectorPlan = (directiveId: string, changes: Record<string, unknown> = {}) => ({
  directiveId,
  documentNumber: 'Số: 120/KH-SLĐTBXH',
  documentType: 'KE_HOACH',
  issuingAgencyId: 'so-ldtbxh-soc-trang',
  place: 'Sóc Trăng',
  issuedOn: '2024-05-20',
  signerName: 'Nguyễn Văn A',
  signerCapacity: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC',
  subject: 'Triển khai Kế hoạch số 29/KH-UBND trong ngành Lao động - Thương binh và Xã hội năm 2024',
  recipientAgencyIds: ['ubnd-ke-sach', 'ubnd-my-tu'],
  effectiveFrom: '2024-05-20',
  implementsDirectiveIds: ['kh-soc-trang-23-ct-ttg'],
  reportingRegimes: [
    {
      regimeId: 'bao-cao-6-thang',
      title: 'Báo cáo 6 tháng',
      content: 'Kết quả triển khai Kế hoạch',
      recipientAgencyId: 'so-ldtbxh-soc-trang',
      method: 'Văn bản',
      frequency: 'SIX_MONTHLY',
      deadline: { month: 6, day: 20 },
      cutoff: 'Từ ngày 15/12 năm trước đến ngày 14/6',
      activeFrom: '2024-05-20',
    },
  ],
  tasks: [
    {
      taskId: 'ii-1',
      section: 'II.1',
      text: 'Rà soát trẻ em có hoàn cảnh đặc biệt trên địa bàn huyện Kế Sách.',
      leadAgencyId: 'ubnd-ke-sach',
      coordinatingAgencyIds: ['so-y-te-soc-trang'],
      dueDate: '2024-07-31',
    },
    { taskId: 'ii-2', section: 'II.2', text: 'Tổ chức diễn đàn trẻ em cấp huyện.', leadAgencyId: 'ubnd-my-tu', reportingRegimeIds: ['bao-cao-6-thang'] },
  ],
  ...changes,
});

describe('directives over GraphQL (HTTP, embedded platform with demo data)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
  }, 180000);
  afterAll(() => t?.stop());

  async function logHead() {
    const response = await fetch(`${t.platform.url}/health`);
    return ((await response.json()) as { log: { head: unknown } }).log.head;
  }

  describe('the demo data: the five source documents', () => {
    it('records the cascade 23/CT-TTg → 923/QĐ-LĐTBXH → the Sóc Trăng plan, up and down', async () => {
      const { directive: plan } = await t.as(committee).ok(CASCADE, { id: 'kh-soc-trang-23-ct-ttg' });
      expect(ids(plan.implements)).toEqual(['ct-23-ttg', 'qd-923-ldtbxh', 'qd-1472-ttg', 'qd-1465-bldtbxh']);
      const decision = plan.implements.find((d: { id: string }) => d.id === 'qd-923-ldtbxh');
      expect(ids(decision.implements)).toEqual(['ct-23-ttg']);
      expect(plan.cascadeUp).toEqual(
        expect.arrayContaining([
          { depth: 1, directive: { id: 'qd-923-ldtbxh', documentNumber: { raw: '923/QĐ-LĐTBXH' } } },
          { depth: 1, directive: { id: 'ct-23-ttg', documentNumber: { raw: '23/CT-TTg' } } },
        ]),
      );

      const { directive: directive23 } = await t.as(committee).ok(CASCADE, { id: 'ct-23-ttg' });
      expect(ids(directive23.implementedBy)).toEqual(expect.arrayContaining(['cv-2125-ubnd-kgvx', 'qd-923-ldtbxh', 'kh-soc-trang-23-ct-ttg']));
      const decisionBelow = directive23.implementedBy.find((d: { id: string }) => d.id === 'qd-923-ldtbxh');
      expect(ids(decisionBelow.implementedBy)).toEqual(['kh-soc-trang-23-ct-ttg']);
      const provincial = directive23.implementedBy.find((d: { id: string }) => d.id === 'cv-2125-ubnd-kgvx');
      expect(ids(provincial.implementedBy)).toEqual(['cv-tuyen-quang-23-ct-ttg']);
      expect(directive23.cascadeDown).toEqual(expect.arrayContaining([{ depth: 2, directive: { id: 'cv-tuyen-quang-23-ct-ttg' } }]));
    });

    it('gives Sở Y tế of Sóc Trăng the tasks the plan gives it (II.1.đ, II.4.đ), reported 6-monthly and annually to Sở LĐTBXH', async () => {
      const { directive } = await t.as(healthOfficer).ok(DIRECTIVE, { id: 'kh-soc-trang-23-ct-ttg', lead: 'so-y-te-soc-trang' });
      expect(directive.tasks.map((task: { section: string }) => task.section)).toEqual(['II.1.đ', 'II.4.đ']);
      expect(directive.tasks[0]).toMatchObject({ leadAgencyId: 'so-y-te-soc-trang', status: 'OPEN', reportingRegimeIds: ['bao-cao-6-thang', 'bao-cao-nam'] });
      expect(directive.reportingRegimes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: 'bao-cao-6-thang',
            frequency: 'SIX_MONTHLY',
            deadline: { month: 6, day: 30 },
            recipientAgencyId: 'so-ldtbxh-soc-trang',
          }),
          expect.objectContaining({ id: 'bao-cao-nam', frequency: 'ANNUAL', deadline: { month: 11, day: 30 }, recipientAgencyId: 'so-ldtbxh-soc-trang' }),
        ]),
      );
      expect(directive.documentNumber).toEqual({ raw: '29/KH-UBND', number: 29, year: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' });
    });

    it('keeps the Tuyên Quang dispatch’s blank number and date, and its calendar: annual before 15/12 plus ad hoc', async () => {
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'cv-tuyen-quang-23-ct-ttg' });
      expect(directive).toMatchObject({
        documentType: 'CONG_VAN',
        issuedOn: null,
        documentNumber: { raw: '/SLĐTBXH-BVCSTE-BĐG', number: null, typeCode: null, issuerCode: 'SLĐTBXH-BVCSTE-BĐG' },
        signer: { name: 'Nguyễn Việt Hùng', capacity: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' },
      });
      expect(directive.reportingRegimes.map((r: { frequency: string; deadline: unknown }) => [r.frequency, r.deadline])).toEqual([
        ['ANNUAL', { month: 12, day: 15 }],
        ['AD_HOC', null],
      ]);
    });

    it('holds the Lạng Sơn (20/5, 15/11 of 2019) and Sơn Dương (15/5, 10/11, monthly before the 12th) calendars', async () => {
      const langSon = (await t.as(committee).ok(DIRECTIVE, { id: 'cv-lang-son-2019' })).directive;
      expect(langSon.reportingRegimes.map((r: { deadline: unknown; activeUntil: string }) => [r.deadline, r.activeUntil])).toEqual([
        [{ month: 5, day: 20 }, '2019-12-31'],
        [{ month: 11, day: 15 }, '2019-12-31'],
        [null, '2019-12-31'],
      ]);
      const sonDuong = (await t.as(committee).ok(DIRECTIVE, { id: 'cv-son-duong-2024', lead: 'phong-ldtbxh-son-duong' })).directive;
      expect(sonDuong.reportingRegimes.map((r: { id: string; frequency: string; deadline: unknown }) => [r.id, r.frequency, r.deadline])).toEqual([
        ['bao-cao-6-thang', 'SIX_MONTHLY', { month: 5, day: 15 }],
        ['bao-cao-nam', 'ANNUAL', { month: 11, day: 10 }],
        ['cap-nhat-du-lieu-tre-em', 'MONTHLY', { month: null, day: 12 }],
      ]);
      expect(sonDuong.tasks.find((task: { section: string }) => task.section === 'I.6').reportingRegimeIds).toEqual([
        'cap-nhat-du-lieu-tre-em',
        'bao-cao-6-thang',
        'bao-cao-nam',
      ]);
    });

    it('lists documents by issuing agency, type and year', async () => {
      const { directives: ministry } = await t.as(committee).ok(`{ directives(issuingAgency: "bo-ldtbxh") { id } }`);
      expect(ids(ministry)).toEqual(expect.arrayContaining(['qd-923-ldtbxh', 'qd-1465-bldtbxh', 'tt-13-2021-bldtbxh', 'cv-793-ldtbxh-te']));
      expect(ids(ministry)).not.toContain('ct-23-ttg');
      const { directives: plans2021 } = await t.as(committee).ok(`{ directives(type: KE_HOACH, year: 2021) { id } }`);
      expect(ids(plans2021)).toEqual(['kh-soc-trang-23-ct-ttg']);
      const { directives: decisions2020 } = await t.as(committee).ok(`{ directives(type: QUYET_DINH, year: 2020) { id } }`);
      expect(ids(decisions2020)).toEqual(['qd-923-ldtbxh', 'qd-1472-ttg', 'qd-1465-bldtbxh']);
    });
  });

  describe('recording a document', () => {
    it('records a plan with tasks as an officer of the issuing agency, with who did it, and answers with read-your-writes', async () => {
      const receipt = (
        await t
          .as(ldtbxhOfficer)
          .withHeaders({ 'x-correlation-id': 'kh-120' })
          .ok(ISSUE, { input: sectorPlan('kh-120-sldtbxh-soc-trang') })
      ).issueDirective;
      expect(receipt).toMatchObject({
        streamIds: ['directive-kh-120-sldtbxh-soc-trang'],
        revision: 0,
        projected: true,
        changed: true,
        correlationId: 'kh-120',
      });
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'kh-120-sldtbxh-soc-trang' });
      expect(directive).toMatchObject({
        documentType: 'KE_HOACH',
        issuingAgencyId: 'so-ldtbxh-soc-trang',
        status: 'IN_FORCE',
        documentNumber: { raw: '120/KH-SLĐTBXH', number: 120, typeCode: 'KH', issuerCode: 'SLĐTBXH' },
        signer: { name: 'Nguyễn Văn A', capacity: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' },
      });
      expect(directive.tasks).toEqual([
        expect.objectContaining({
          id: 'ii-1',
          section: 'II.1',
          leadAgencyId: 'ubnd-ke-sach',
          coordinatingAgencyIds: ['so-y-te-soc-trang'],
          dueDate: '2024-07-31',
          status: 'OPEN',
        }),
        expect.objectContaining({ id: 'ii-2', leadAgencyId: 'ubnd-my-tu', dueDate: null, reportingRegimeIds: ['bao-cao-6-thang'], status: 'OPEN' }),
      ]);
      const { directive: above } = await t.as(committee).ok(CASCADE, { id: 'kh-120-sldtbxh-soc-trang' });
      expect(above.cascadeUp.map((step: { depth: number; directive: { id: string } }) => [step.depth, step.directive.id])).toEqual(
        expect.arrayContaining([
          [1, 'kh-soc-trang-23-ct-ttg'],
          [2, 'qd-923-ldtbxh'],
          [2, 'ct-23-ttg'],
        ]),
      );
      const { streamHistory } = await t.as(committee).ok(HISTORY, { streamId: directive.streamId });
      expect(streamHistory).toEqual([
        expect.objectContaining({ type: 'DirectiveIssued', revision: 0, actor: 'user:can-bo-so-ldtbxh-soc-trang', agency: 'so-ldtbxh-soc-trang' }),
      ]);
    });

    it('records a document issued with its number left blank, keeping the blank', async () => {
      await t.as(ldtbxhOfficer).ok(ISSUE, {
        input: sectorPlan('cv-blank-sldtbxh', { documentNumber: 'Số:       /SLĐTBXH-BVCSTE', documentType: 'CONG_VAN', issuedOn: null, effectiveFrom: null }),
      });
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'cv-blank-sldtbxh' });
      expect(directive.documentNumber).toEqual({
        raw: '/SLĐTBXH-BVCSTE',
        number: null,
        year: null,
        symbol: 'SLĐTBXH-BVCSTE',
        typeCode: null,
        issuerCode: 'SLĐTBXH-BVCSTE',
      });
      expect(directive.issuedOn).toBeNull();
    });

    const task = sectorPlan('x').tasks[0];
    it.each([
      ['a malformed document number', { documentNumber: '120-KH-SLĐTBXH' }, 'BAD_USER_INPUT'],
      ['an unknown issuing agency', { issuingAgencyId: 'so-khong-ton-tai' }, 'NOT_FOUND'],
      ['an unknown lead agency', { tasks: [{ ...task, leadAgencyId: 'ubnd-atlantis' }] }, 'NOT_FOUND'],
      ['an unknown coordinating agency', { tasks: [{ ...task, coordinatingAgencyIds: ['so-khong-ton-tai'] }] }, 'NOT_FOUND'],
      ['a due date before the issue date', { tasks: [{ ...task, dueDate: '2024-05-01' }] }, 'BAD_USER_INPUT'],
      ['a lead agency that also coordinates', { tasks: [{ ...task, coordinatingAgencyIds: ['ubnd-ke-sach'] }] }, 'BAD_USER_INPUT'],
      ['an unknown document it implements', { implementsDirectiveIds: ['kh-khong-ton-tai'] }, 'NOT_FOUND'],
      ['a document implementing itself (a cycle)', { implementsDirectiveIds: ['kh-bad-input'] }, 'BAD_USER_INPUT'],
      ['a directive id already recorded', { directiveId: 'kh-soc-trang-23-ct-ttg' }, 'CONFLICT'],
      ['a malformed date', { issuedOn: '20/05/2024' }, 'BAD_USER_INPUT'],
    ])('refuses %s with %s and writes nothing', async (_label, change, code) => {
      const before = await logHead();
      expect(await t.as(admin).errorCode(ISSUE, { input: sectorPlan('kh-bad-input', change as Record<string, unknown>) })).toBe(code);
      expect(await logHead()).toEqual(before);
    });

    it('refuses an officer recording another agency’s document, and an inspector, with FORBIDDEN, writing nothing', async () => {
      const before = await logHead();
      expect(await t.as(healthOfficer).errorCode(ISSUE, { input: sectorPlan('kh-not-mine') })).toBe('FORBIDDEN');
      expect(await t.as(inspector).errorCode(ISSUE, { input: sectorPlan('kh-not-mine') })).toBe('FORBIDDEN');
      expect(await t.anonymous.errorCode(ISSUE, { input: sectorPlan('kh-not-mine') })).toBe('UNAUTHENTICATED');
      expect(await logHead()).toEqual(before);
    });

    it('refuses a link that would make a cycle in the cascade, writing nothing, and accepts a sound one', async () => {
      const before = await logHead();
      expect(
        await t.as(admin).errorCode(LINK, { input: { directiveId: 'ct-23-ttg', relation: 'IMPLEMENTS', targetDirectiveId: 'kh-soc-trang-23-ct-ttg' } }),
      ).toBe('BAD_USER_INPUT');
      const refusal = await t
        .as(admin)
        .request(LINK, { input: { directiveId: 'ct-23-ttg', relation: 'IMPLEMENTS', targetDirectiveId: 'kh-soc-trang-23-ct-ttg' } });
      expect(refusal.errors?.[0].message).toMatch(/cycle in the cascade: ct-23-ttg → kh-soc-trang-23-ct-ttg → .*ct-23-ttg/);
      expect(await logHead()).toEqual(before);

      const receipt = (await t.as(admin).ok(LINK, { input: { directiveId: 'cv-son-duong-2024', relation: 'IMPLEMENTS', targetDirectiveId: 'ct-23-ttg' } }))
        .linkDirective;
      expect(receipt).toMatchObject({ changed: true, projected: true });
      const again = (await t.as(admin).ok(LINK, { input: { directiveId: 'cv-son-duong-2024', relation: 'IMPLEMENTS', targetDirectiveId: 'ct-23-ttg' } }))
        .linkDirective;
      expect(again).toMatchObject({ changed: false, streamIds: [] });
      const { directive } = await t.as(committee).ok(CASCADE, { id: 'ct-23-ttg' });
      expect(directive.cascadeDown).toEqual(expect.arrayContaining([{ depth: 1, directive: { id: 'cv-son-duong-2024' } }]));
    });
  });

  describe('amending, superseding and revoking', () => {
    it('amends a plan: adds a task, withdraws one; the others stay open; the amendment is listed', async () => {
      await t.as(ldtbxhOfficer).ok(ISSUE, { input: sectorPlan('kh-amend') });
      const receipt = (
        await t.as(ldtbxhOfficer).ok(AMEND, {
          input: {
            directiveId: 'kh-amend',
            amendedOn: '2024-06-01',
            amendingDocument: 'Số: 150/KH-SLĐTBXH',
            subject: 'Bổ sung nhiệm vụ phòng, chống đuối nước trẻ em dịp hè',
            addedTasks: [
              { taskId: 'ii-3', section: 'II.3', text: 'Tổ chức lớp dạy bơi an toàn cho trẻ em dịp hè.', leadAgencyId: 'ubnd-ke-sach', dueDate: '2024-08-31' },
            ],
            withdrawnTaskIds: ['ii-2'],
          },
        })
      ).amendDirective;
      expect(receipt).toMatchObject({ revision: 1, projected: true });
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'kh-amend' });
      expect(directive.tasks.map((task: { id: string; status: string }) => [task.id, task.status])).toEqual([
        ['ii-1', 'OPEN'],
        ['ii-2', 'WITHDRAWN'],
        ['ii-3', 'OPEN'],
      ]);
      expect(directive.amendments).toEqual([
        {
          sequence: 1,
          amendedOn: '2024-06-01',
          amendingDocument: '150/KH-SLĐTBXH',
          subject: 'Bổ sung nhiệm vụ phòng, chống đuối nước trẻ em dịp hè',
          addedTaskIds: ['ii-3'],
          changedTaskIds: [],
          withdrawnTaskIds: ['ii-2'],
        },
      ]);
      const before = await logHead();
      expect(
        await t.as(ldtbxhOfficer).errorCode(AMEND, { input: { directiveId: 'kh-amend', amendedOn: '2024-06-02', subject: 'Lại', withdrawnTaskIds: ['ii-2'] } }),
      ).toBe('CONFLICT');
      expect(
        await t.as(healthOfficer).errorCode(AMEND, { input: { directiveId: 'kh-amend', amendedOn: '2024-06-02', subject: 'Lại', withdrawnTaskIds: ['ii-1'] } }),
      ).toBe('FORBIDDEN');
      expect(await logHead()).toEqual(before);
    });

    it('an amendment that changes nothing writes nothing: the answer says unchanged and the stream history does not grow', async () => {
      await t.as(ldtbxhOfficer).ok(ISSUE, { input: sectorPlan('kh-amend-nothing') });
      const history = async () =>
        (await t.as(committee).ok(HISTORY, { streamId: 'directive-kh-amend-nothing' })).streamHistory.map((event: { type: string }) => event.type);
      expect(await history()).toEqual(['DirectiveIssued']);
      const restated = {
        taskId: 'ii-2',
        section: 'II.2',
        text: 'Tổ chức diễn đàn trẻ em cấp huyện.',
        leadAgencyId: 'ubnd-my-tu',
        reportingRegimeIds: ['bao-cao-6-thang'],
      };
      for (const changes of [{}, { addedTasks: [], changedTasks: [], withdrawnTaskIds: [], addedReportingRegimes: [] }, { changedTasks: [restated] }]) {
        const receipt = (
          await t.as(ldtbxhOfficer).ok(AMEND, { input: { directiveId: 'kh-amend-nothing', amendedOn: '2024-06-01', subject: 'Không thay đổi', ...changes } })
        ).amendDirective;
        expect(receipt).toMatchObject({ changed: false, revision: null, streamIds: [] });
      }
      expect(await history()).toEqual(['DirectiveIssued']);
    });

    it('supersedes a plan by a newer one: its open tasks close as superseded, the withdrawn stay withdrawn, and it no longer changes', async () => {
      await t.as(ldtbxhOfficer).ok(ISSUE, { input: sectorPlan('kh-old') });
      await t
        .as(ldtbxhOfficer)
        .ok(AMEND, { input: { directiveId: 'kh-old', amendedOn: '2024-05-25', subject: 'Rút nhiệm vụ II.2', withdrawnTaskIds: ['ii-2'] } });
      await t
        .as(ldtbxhOfficer)
        .ok(ISSUE, { input: sectorPlan('kh-new', { documentNumber: '200/KH-SLĐTBXH', issuedOn: '2024-06-01', effectiveFrom: '2024-06-01' }) });
      expect(
        await t
          .as(ldtbxhOfficer)
          .errorCode(SUPERSEDE, { input: { directiveId: 'kh-old', supersededByDirectiveId: 'kh-khong-co', effectiveFrom: '2024-06-01' } }),
      ).toBe('NOT_FOUND');
      await t.as(ldtbxhOfficer).ok(SUPERSEDE, { input: { directiveId: 'kh-old', supersededByDirectiveId: 'kh-new', effectiveFrom: '2024-06-01' } });
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'kh-old' });
      expect(directive).toMatchObject({ status: 'SUPERSEDED', statusFrom: '2024-06-01', supersededByDirectiveId: 'kh-new' });
      expect(directive.tasks.map((task: { id: string; status: string; statusFrom: string }) => [task.id, task.status, task.statusFrom])).toEqual([
        ['ii-1', 'SUPERSEDED', '2024-06-01'],
        ['ii-2', 'WITHDRAWN', '2024-05-25'],
      ]);
      const { directive: successor } = await t.as(committee).ok(DIRECTIVE, { id: 'kh-new' });
      expect(successor.tasks.every((task: { status: string }) => task.status === 'OPEN')).toBe(true);
      expect(await t.as(ldtbxhOfficer).errorCode(REVOKE, { input: { directiveId: 'kh-old', effectiveFrom: '2024-07-01', reason: 'Hết hiệu lực' } })).toBe(
        'CONFLICT',
      );
      const { streamHistory } = await t.as(committee).ok(HISTORY, { streamId: 'directive-kh-old' });
      expect(streamHistory.map((event: { type: string }) => event.type)).toEqual(['DirectiveIssued', 'DirectiveAmended', 'DirectiveSuperseded']);
    });

    it('revokes a plan: its open tasks are cancelled and nothing more can be asked under it', async () => {
      await t.as(ldtbxhOfficer).ok(ISSUE, { input: sectorPlan('kh-revoked') });
      await t.as(ldtbxhOfficer).ok(REVOKE, {
        input: { directiveId: 'kh-revoked', effectiveFrom: '2024-06-01', reason: 'Ban hành nhầm đối tượng', revokingDocument: '210/QĐ-SLĐTBXH' },
      });
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'kh-revoked' });
      expect(directive).toMatchObject({
        status: 'REVOKED',
        statusFrom: '2024-06-01',
        revocationReason: 'Ban hành nhầm đối tượng',
        revokingDocument: '210/QĐ-SLĐTBXH',
      });
      expect(directive.tasks.map((task: { status: string }) => task.status)).toEqual(['CANCELLED', 'CANCELLED']);
      expect(
        await t.as(ldtbxhOfficer).errorCode(AMEND, { input: { directiveId: 'kh-revoked', amendedOn: '2024-06-02', subject: 'x', withdrawnTaskIds: ['ii-1'] } }),
      ).toBe('CONFLICT');
    });
  });

  describe('ad-hoc reports', () => {
    it('requests an ad-hoc report under the Sóc Trăng plan’s consolidated regime, dated today, once per request id', async () => {
      const input = {
        directiveId: 'kh-soc-trang-23-ct-ttg',
        regimeId: 'tong-hop-bao-cao',
        requestId: 'vu-viec-ke-sach-2024-06',
        content: 'Báo cáo nhanh tình hình trẻ em đuối nước dịp hè',
        dueDate: '2024-06-10',
      };
      const first = (await t.as(committee).ok(AD_HOC, { input })).requestAdHocReport;
      expect(first).toMatchObject({ changed: true, projected: true });
      const retry = (await t.as(committee).ok(AD_HOC, { input })).requestAdHocReport;
      expect(retry).toMatchObject({ changed: false });
      const { directive } = await t.as(committee).ok(DIRECTIVE, { id: 'kh-soc-trang-23-ct-ttg', lead: 'so-y-te-soc-trang' });
      expect(directive.adHocRequests).toEqual([
        {
          requestId: 'vu-viec-ke-sach-2024-06',
          regimeId: 'tong-hop-bao-cao',
          reportingAgencyIds: ['so-ldtbxh-soc-trang'],
          dueDate: '2024-06-10',
          requestedOn: '2024-06-01',
        },
      ]);
      const before = await logHead();
      expect(await t.as(committee).errorCode(AD_HOC, { input: { ...input, requestId: 'r2', regimeId: 'bao-cao-nam' } })).toBe('BAD_USER_INPUT');
      expect(await t.as(committee).errorCode(AD_HOC, { input: { ...input, requestId: 'r3', dueDate: '2024-05-31' } })).toBe('BAD_USER_INPUT');
      expect(await logHead()).toEqual(before);
    });
  });

  it('answers NOT_FOUND for a directive that was never recorded', async () => {
    expect(await t.as(committee).errorCode(DIRECTIVE, { id: 'kh-khong-ton-tai' })).toBe('NOT_FOUND');
  });

  it('reports its projection healthy', async () => {
    const body = (await (await fetch(`${t.platform.url}/health`)).json()) as { status: string; projections: { projection: string; status: string }[] };
    expect(body.projections.find((p) => p.projection === 'directives.documents')).toMatchObject({ status: expect.not.stringMatching(/failed/) });
  });
});
