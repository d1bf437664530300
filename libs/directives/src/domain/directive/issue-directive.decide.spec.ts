import { deciderSpec } from '@cpp/eventsourcing/testing';
import { ReportingRegime } from './document';
import { directiveDecider } from './directive.decider';
import { adHoc, agencies, agency, annual, directive, healthTask, issueCommand, issued, officerOf, policeTask, sixMonthly, upstream } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

describe('issuing a directive', () => {
  it('given nothing, when the Sóc Trăng plan is recorded, then DirectiveIssued with the parsed number, its tasks and regimes', () =>
    spec.given([]).when(issueCommand()).then([issued]));

  it('given nothing, when recorded with untidy text and repeated agencies, then they are trimmed and named once', () =>
    spec
      .given([])
      .when(
        issueCommand({
          subject: '  Thực hiện Chỉ thị số 23/CT-TTg ',
          place: ' Sóc Trăng',
          recipientAgencyIds: ['so-ldtbxh-soc-trang', 'so-y-te-soc-trang', 'so-ldtbxh-soc-trang'],
          signer: { name: '  ', capacity: ' TM. ỦY BAN NHÂN DÂN ' },
          tasks: [{ ...healthTask, text: ` ${healthTask.text} `, reportingRegimeIds: ['bao-cao-6-thang', 'bao-cao-nam', 'bao-cao-nam'] }, policeTask],
        }),
      )
      .then([issued]));

  it('given nothing, when a document is recorded with its number left blank and no date, then the blank is kept', () =>
    spec
      .given([])
      .when(issueCommand({ documentNumber: 'Số:       /KH-UBND', issuedOn: null, effectiveFrom: null, tasks: [healthTask] }))
      .then([
        {
          type: 'DirectiveIssued',
          data: {
            ...issued.data,
            documentNumber: { raw: '/KH-UBND', number: null, year: null, symbol: 'KH-UBND', typeCode: 'KH', issuerCode: 'UBND' },
            issuedOn: null,
            effectiveFrom: null,
            tasks: [healthTask],
          },
        },
      ]));

  it('given a recorded directive, when recorded again, then CONFLICT', () =>
    spec
      .given([issued])
      .when(issueCommand())
      .thenRefuses('CONFLICT', /already recorded/));

  describe('the document', () => {
    it('when the number is malformed, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ documentNumber: '29-KH-UBND' }))
        .thenRefuses('BAD_USER_INPUT', /not a document number/));
    it('when the number names another type than the one given, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ documentType: 'chi-thi' }))
        .thenRefuses('BAD_USER_INPUT', /names a ke-hoach \(KH\), not a chi-thi/));
    it('when a dispatch number (no type code) is recorded as a công văn, then it is accepted', () =>
      spec
        .given([])
        .when(issueCommand({ documentNumber: '2125/UBND-KGVX', documentType: 'cong-van' }))
        .then([
          {
            type: 'DirectiveIssued',
            data: {
              ...issued.data,
              documentType: 'cong-van',
              documentNumber: { raw: '2125/UBND-KGVX', number: 2125, year: null, symbol: 'UBND-KGVX', typeCode: null, issuerCode: 'UBND-KGVX' },
            },
          },
        ]));
    it('when the type is unknown, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ documentType: 'edict' as never, documentNumber: '/UBND' }))
        .thenRefuses('BAD_USER_INPUT', /document type/));
    it('when the id is not a slug, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ directiveId: 'KH 29' }))
        .thenRefuses('BAD_USER_INPUT', /directiveId/));
    it('when the issue date is not a calendar date, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ issuedOn: '2021-02-30' }))
        .thenRefuses('BAD_USER_INPUT', /issuedOn/));
    it('when it takes effect before it was issued, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ effectiveFrom: '2021-02-01' }))
        .thenRefuses('BAD_USER_INPUT', /effectiveFrom 2021-02-01 is before the issue date/));
    it('when the subject is blank, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ subject: '  ' }))
        .thenRefuses('BAD_USER_INPUT', /subject/));
    it('when the place is blank, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ place: '' }))
        .thenRefuses('BAD_USER_INPUT', /place/));
    it('when the programme period ends before it starts, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ programmePeriod: { from: 2025, to: 2021, orientationTo: null } }))
        .thenRefuses('BAD_USER_INPUT', /programmePeriod/));
    it('when the programme period is "2021–2025, định hướng 2030", then it is kept', () =>
      spec
        .given([])
        .when(issueCommand({ programmePeriod: { from: 2021, to: 2025, orientationTo: 2030 } }))
        .then([{ type: 'DirectiveIssued', data: { ...issued.data, programmePeriod: { from: 2021, to: 2025, orientationTo: 2030 } } }]));
  });

  describe('agencies', () => {
    it.each([
      ['issuing agency', { issuingAgencyId: 'ubnd-atlantis' }],
      ['recipient', { recipientAgencyIds: ['so-khong-co'] }],
      ['lead agency', { tasks: [{ ...healthTask, leadAgencyId: 'so-khong-co' }] }],
      ['coordinating agency', { tasks: [{ ...policeTask, coordinatingAgencyIds: ['so-khong-co'] }] }],
      ['reporting agency', { reportingRegimes: [sixMonthly, annual, { ...adHoc, reportingAgencyIds: ['so-khong-co'] }] }],
      ['recipient of regime', { reportingRegimes: [{ ...sixMonthly, recipientAgencyId: 'so-khong-co' }, annual, adHoc] }],
    ])('when the %s is not registered, then NOT_FOUND', (role, changes) =>
      spec
        .given([])
        .when(issueCommand(changes))
        .thenRefuses('NOT_FOUND', new RegExp(`\\(${role}`)),
    );

    it('when a named agency had been merged away before the issue date, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when({
          ...issueCommand(),
          agencies: [...agencies.filter((a) => a.agencyId !== 'so-y-te-soc-trang'), agency('so-y-te-soc-trang', '2010-01-01', '2020-07-01')],
        })
        .thenRefuses('BAD_USER_INPUT', /ceased to exist on 2020-07-01/));
    it('when a named agency was merged away after the issue date, then the historical document is accepted', () =>
      spec
        .given([])
        .when({
          ...issueCommand(),
          agencies: [...agencies.filter((a) => a.agencyId !== 'so-y-te-soc-trang'), agency('so-y-te-soc-trang', '2010-01-01', '2025-07-01')],
        })
        .then([issued]));
    it('when a named agency did not exist yet on the issue date, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when({ ...issueCommand(), agencies: [...agencies.filter((a) => a.agencyId !== 'cong-an-soc-trang'), agency('cong-an-soc-trang', '2022-01-01')] })
        .thenRefuses('BAD_USER_INPUT', /did not exist yet/));
  });

  describe('the cascade', () => {
    it('when an implemented directive is not recorded, then NOT_FOUND', () =>
      spec
        .given([])
        .when(issueCommand({ implementsDirectiveIds: ['qd-1472-ttg'] }))
        .thenRefuses('NOT_FOUND', /qd-1472-ttg is not recorded/));
    it('when a directive it is based on is not recorded, then NOT_FOUND', () =>
      spec
        .given([])
        .when(issueCommand({ basedOnDirectiveIds: ['nq-121-2020-qh14'] }))
        .thenRefuses('NOT_FOUND', /nq-121-2020-qh14/));
    it('when it implements itself, then BAD_USER_INPUT (a cycle)', () =>
      spec
        .given([])
        .when(issueCommand({ implementsDirectiveIds: ['kh-soc-trang-23-ct-ttg'] }))
        .thenRefuses('BAD_USER_INPUT', /cycle/));
    it('when it implements a document issued after it, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when({ ...issueCommand(), directives: [...upstream, directive('qd-1472-ttg', '2021-09-28')], implementsDirectiveIds: ['qd-1472-ttg'] })
        .thenRefuses('BAD_USER_INPUT', /after 2021-02-24/));
    it('when it implements an undated document, then the order cannot be judged and it is accepted', () =>
      spec
        .given([])
        .when({ ...issueCommand(), directives: [directive('ct-23-ttg', null), directive('qd-923-ldtbxh', null, ['ct-23-ttg'])] })
        .then([issued]));
  });

  describe('tasks', () => {
    const withTask = (changes: Partial<typeof healthTask>) => issueCommand({ tasks: [{ ...healthTask, ...changes }] });
    it('when the due date is before the issue date, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ dueDate: '2021-01-31', reportingRegimeIds: [] }))
        .thenRefuses('BAD_USER_INPUT', /dueDate 2021-01-31 is before the issue date/));
    it('when the due date is the issue date, then it is accepted', () =>
      spec
        .given([])
        .when(issueCommand({ tasks: [{ ...healthTask, dueDate: '2021-02-24', reportingRegimeIds: [] }], reportingRegimes: [adHoc] }))
        .then([
          {
            type: 'DirectiveIssued',
            data: { ...issued.data, tasks: [{ ...healthTask, dueDate: '2021-02-24', reportingRegimeIds: [] }], reportingRegimes: [adHoc] },
          },
        ]));
    it('when it has both a due date and regimes, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ dueDate: '2021-12-31' }))
        .thenRefuses('BAD_USER_INPUT', /not both/));
    it('when it has neither a due date nor a regime, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ reportingRegimeIds: [] }))
        .thenRefuses('BAD_USER_INPUT', /needs a due date or a reporting regime/));
    it('when the lead agency also coordinates, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ coordinatingAgencyIds: ['so-ldtbxh-soc-trang', 'so-y-te-soc-trang'] }))
        .thenRefuses('BAD_USER_INPUT', /cannot also coordinate/));
    it('when it reports through a regime the document does not set, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ reportingRegimeIds: ['bao-cao-quy'] }))
        .thenRefuses('BAD_USER_INPUT', /bao-cao-quy/));
    it('when the section is not an outline reference, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ section: 'II 1 đ' }))
        .thenRefuses('BAD_USER_INPUT', /outline reference/));
    it('when two tasks share an id, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ tasks: [healthTask, { ...policeTask, taskId: 'ii-1-dd' }] }))
        .thenRefuses('BAD_USER_INPUT', /appears twice/));
    it('when the text is blank, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withTask({ text: ' ' }))
        .thenRefuses('BAD_USER_INPUT', /text/));
  });

  describe('reporting regimes', () => {
    const withRegime = (regime: ReportingRegime, tasks = [{ ...healthTask, reportingRegimeIds: [regime.regimeId] }]) =>
      issueCommand({ reportingRegimes: [regime], tasks });
    const accepted = (regime: ReportingRegime) =>
      spec
        .given([])
        .when(withRegime(regime))
        .then([
          { type: 'DirectiveIssued', data: { ...issued.data, tasks: [{ ...healthTask, reportingRegimeIds: [regime.regimeId] }], reportingRegimes: [regime] } },
        ]);

    it('expresses Sóc Trăng: 6-month before 30/6, annual before 30/11', () => {
      accepted(sixMonthly);
      accepted(annual);
    });
    it('expresses Tuyên Quang: annual before 15/12, plus ad hoc', () => {
      accepted({ ...annual, deadline: { month: 12, day: 15 } });
      accepted({ ...adHoc, reportingAgencyIds: [] });
    });
    it('expresses Lạng Sơn 2019: before 20/5 and 15/11, for 2019 only', () => {
      accepted({ ...sixMonthly, deadline: { month: 5, day: 20 }, activeFrom: '2021-02-24', activeUntil: '2021-12-31' });
      accepted({ ...annual, deadline: { month: 11, day: 15 }, activeUntil: '2021-12-31' });
    });
    it('expresses Sơn Dương 2024: 15/5, 10/11, and a monthly data update before the 12th', () => {
      accepted({ ...sixMonthly, deadline: { month: 5, day: 15 } });
      accepted({ ...annual, deadline: { month: 11, day: 10 } });
      accepted({ ...sixMonthly, regimeId: 'cap-nhat-du-lieu', frequency: 'monthly', deadline: { month: null, day: 12 } });
    });

    it.each([
      ['a monthly deadline with a month', { frequency: 'monthly', deadline: { month: 6, day: 12 } }, /monthly deadline/],
      ['a monthly deadline on the 30th', { frequency: 'monthly', deadline: { month: null, day: 30 } }, /1 to 28/],
      ['an annual deadline on 29/2', { frequency: 'annual', deadline: { month: 2, day: 29 } }, /29\/2/],
      ['an annual deadline on 31/11', { frequency: 'annual', deadline: { month: 11, day: 31 } }, /31\/11/],
      ['an annual regime without a deadline', { frequency: 'annual', deadline: null }, /required/],
      ['an ad-hoc regime with a deadline', { frequency: 'ad-hoc', deadline: { month: 6, day: 30 } }, /no fixed deadline/],
      ['an unknown frequency', { frequency: 'quarterly' }, /frequency/],
      ['an end before the start', { activeUntil: '2020-12-31' }, /activeUntil/],
      ['no data cut-off', { cutoff: ' ' }, /cutoff/],
      ['no method', { method: '' }, /method/],
      ['no content', { content: '' }, /content/],
    ])('when it has %s, then BAD_USER_INPUT', (_label, changes, message) =>
      spec
        .given([])
        .when(withRegime({ ...sixMonthly, ...(changes as Partial<ReportingRegime>) }))
        .thenRefuses('BAD_USER_INPUT', message),
    );

    it('when a regime names no reporting agency and no task reports through it, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withRegime(sixMonthly, [policeTask]))
        .thenRefuses('BAD_USER_INPUT', /names no reporting agency and no task reports through it/));
    it('when two regimes share an id, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(issueCommand({ reportingRegimes: [sixMonthly, annual, adHoc, annual] }))
        .thenRefuses('BAD_USER_INPUT', /appears twice/));
  });

  describe('who may record it', () => {
    it('an officer of the issuing agency may', () =>
      spec
        .given([])
        .when(issueCommand({}, officerOf('ubnd-soc-trang')))
        .then([issued]));
    it('the steering committee may', () =>
      spec
        .given([])
        .when(issueCommand({}, { subject: null, roles: ['steering-committee'], agencyId: 'ubnd-tuyen-quang' }))
        .then([issued]));
    it('an organisation administrator may', () =>
      spec
        .given([])
        .when(issueCommand({}, { subject: null, roles: ['org-admin'], agencyId: null }))
        .then([issued]));
    it('an officer of another agency may not: FORBIDDEN', () =>
      spec
        .given([])
        .when(issueCommand({}, officerOf('so-y-te-soc-trang')))
        .thenRefuses('FORBIDDEN', /ubnd-soc-trang/));
    it('an inspector may not: FORBIDDEN', () =>
      spec
        .given([])
        .when(issueCommand({}, { subject: null, roles: ['inspector'], agencyId: 'ubnd-soc-trang' }))
        .thenRefuses('FORBIDDEN'));
  });
});
