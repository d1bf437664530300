import { Actor } from '@cpp/access';
import { waitFor } from '@cpp/messaging/testing';
import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

/**
 * The Sóc Trăng plan's II.5.b line of the Sở LĐTBXH through its budget cycle over GraphQL, the
 * Treasury's confirmations, the refusals that write nothing, and Sơn Dương's donations to
 * especially difficult communes. Amounts are illustrative.
 */
const unit: Actor = { subject: 'ke-toan-ldtbxh-st', name: 'Kế toán Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
const finance: Actor = { subject: 'chuyen-vien-stc-st', name: 'Chuyên viên Sở Tài chính', agencyId: 'so-tai-chinh-soc-trang', roles: ['agency-officer'] };
const treasury: Actor = { subject: 'kbnn-soc-trang-system', name: 'Hệ thống KBNN Sóc Trăng', agencyId: 'kbnn-soc-trang', roles: ['integration'] };
const recorder: Actor = { subject: 'can-bo-tiep-nhan-sd', name: 'Cán bộ tiếp nhận', agencyId: 'phong-ldtbxh-son-duong', roles: ['agency-officer'] };
const acceptor: Actor = { subject: 'truong-phong-sd', name: 'Trưởng phòng', agencyId: 'phong-ldtbxh-son-duong', roles: ['agency-officer'] };

const LINE = 'e2e-ldtbxh-soc-trang-2026';
const RECEIPT = '{ streamIds revision projected changed }';
const m = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) ${RECEIPT} }`;
const PROPOSE = m('proposeBudgetEstimate', 'ProposeBudgetEstimateInput');
const CONSOLIDATE = m('consolidateBudgetEstimate', 'ConsolidateBudgetEstimateInput');
const DECIDE = m('decideBudgetEstimate', 'DecideBudgetEstimateInput');
const ALLOCATE = m('allocateBudget', 'AllocateBudgetInput');
const COMMIT = m('recordCommitment', 'RecordCommitmentInput');
const PAY = m('confirmTreasuryDisbursement', 'ConfirmTreasuryDisbursementInput');
const REVERSE = m('reverseLedgerEntry', 'ReverseLedgerEntryInput');
const RECORD_DONATION = m('recordDonation', 'RecordDonationInput');
const ACCEPT = m('acceptDonation', 'AcceptDonationInput');
const DISTRIBUTE = m('distributeFromFund', 'DistributeFromFundInput');
const LINE_QUERY = `query ($id: ID!) { budgetLine(id: $id) { lineId status estimated decided allocated committed paid advanced unspent classification { version item } task { directiveId section }
  entries { entryId kind amount reference reversed reversesEntryId } } }`;
const TOTALS = `query ($groupBy: [LedgerDimension!]!, $year: Int, $province: ID, $asOf: DateTime) { ledgerTotals(groupBy: $groupBy, fiscalYear: $year, province: $province, asOf: $asOf) {
  province agency year source task lines estimated allocated committed paid advanced executionRate } }`;

const proposal = (overrides: Record<string, unknown> = {}) => ({
  lineId: LINE,
  fiscalYear: 2026,
  level: 'province',
  agencyId: 'so-ldtbxh-soc-trang',
  provinceId: 'soc-trang',
  financeAgencyId: 'so-tai-chinh-soc-trang',
  treasuryAgencyId: 'kbnn-soc-trang',
  source: { kind: 'state-budget' },
  task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'II.5.b' },
  classification: { version: 'mlns-2026', chapter: '424', function: '370-398', item: '7000-7049' },
  purpose: 'Bảo vệ trẻ em (e2e)',
  amount: '500000000',
  proposedOn: '2025-07-15',
  ...overrides,
});
const payment = (overrides: Record<string, unknown> = {}) => ({
  lineId: LINE,
  entryId: 'kb-e2e-1',
  kind: 'payment',
  amount: '150000000',
  treasuryReference: 'KBNN-ST-E2E-0001',
  confirmedOn: '2026-03-01',
  ...overrides,
});

describe('funding over GraphQL', () => {
  let test: TestPlatform;
  beforeAll(async () => {
    // The 2026 cycle of Sở LĐTBXH Sóc Trăng's line: a scenario on the chart of the source documents, before the 2025 mergers.
    test = await startTestPlatform({ now: '2026-03-02T03:00:00Z', reorganisation2025: false });
  }, 120_000);
  afterAll(() => test.stop());

  const lineEvents = async () =>
    (await test.as(committee).ok(`query ($id: String!) { streamHistory(streamId: $id) { type } }`, { id: `funding-line-${LINE}` })).streamHistory;

  it('refuses bad amounts, unknown codes and an unknown version as BAD_USER_INPUT, writing nothing', async () => {
    for (const amount of ['-500000000', '1500.5', '1000000000000001']) {
      expect(await test.as(unit).errorCode(PROPOSE, { input: proposal({ amount }) })).toBe('BAD_USER_INPUT');
    }
    expect(await test.as(unit).errorCode(PROPOSE, { input: proposal({ amount: 500000000 }) })).toBe('BAD_USER_INPUT');
    expect(
      await test
        .as(unit)
        .errorCode(PROPOSE, { input: proposal({ classification: { version: 'mlns-2026', chapter: '424', function: '370-398', item: '9999-9999' } }) }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await test
        .as(unit)
        .errorCode(PROPOSE, { input: proposal({ classification: { version: 'mlns-2016', chapter: '424', function: '370-398', item: '7000-7049' } }) }),
    ).toBe('BAD_USER_INPUT');
    expect(await test.as(unit).errorCode(PROPOSE, { input: proposal({ task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'IX.9' } }) })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await lineEvents()).toEqual([]);
  });

  it('takes a line from estimate to Treasury payment, amounts exact as strings', async () => {
    await test.as(unit).ok(PROPOSE, { input: proposal() });
    await test.as(finance).ok(CONSOLIDATE, { input: { lineId: LINE, amount: '450000000', consolidatedOn: '2025-10-01' } });
    await test.as(finance).ok(DECIDE, { input: { lineId: LINE, amount: '400000000', resolution: '25/NQ-HĐND (e2e)', decidedOn: '2025-12-10' } });
    await test
      .as(finance)
      .ok(ALLOCATE, { input: { lineId: LINE, entryId: 'giao-1', amount: '400000000', decision: '2850/QĐ-UBND (e2e)', allocatedOn: '2025-12-20' } });
    await test.as(unit).ok(COMMIT, {
      input: { lineId: LINE, entryId: 'hd-1', amount: '300000000', reference: 'HĐ 12/2026', description: 'In tài liệu', committedOn: '2026-02-01' },
    });
    const paid = await test.as(treasury).ok(PAY, { input: payment() });
    expect(paid.confirmTreasuryDisbursement).toMatchObject({ projected: true, changed: true });
    const { budgetLine } = await test.as(unit).ok(LINE_QUERY, { id: LINE });
    expect(budgetLine).toMatchObject({
      status: 'allocated',
      estimated: '400000000',
      decided: '400000000',
      allocated: '400000000',
      committed: '300000000',
      paid: '150000000',
      unspent: '250000000',
      classification: { version: 'mlns-2026' },
    });
    expect(budgetLine.entries.map((entry: { kind: string }) => entry.kind)).toEqual(['allocation', 'commitment', 'payment']);
  });

  it('a payment repeated under its Treasury reference is applied once', async () => {
    const again = await test.as(treasury).ok(PAY, { input: payment({ entryId: 'kb-e2e-1-again' }) });
    expect(again.confirmTreasuryDisbursement.changed).toBe(false);
    expect(await test.as(treasury).errorCode(PAY, { input: payment({ entryId: 'kb-e2e-x', amount: '1' }) })).toBe('CONFLICT');
    expect((await test.as(unit).ok(LINE_QUERY, { id: LINE })).budgetLine.paid).toBe('150000000');
  });

  it('refuses overdraws and payments originated by a user, writing nothing', async () => {
    const before = (await lineEvents()).length;
    expect(
      await test.as(treasury).errorCode(PAY, { input: payment({ entryId: 'kb-e2e-2', treasuryReference: 'KBNN-ST-E2E-0002', amount: '250000001' }) }),
    ).toBe('CONFLICT');
    expect(
      await test.as(unit).errorCode(COMMIT, {
        input: { lineId: LINE, entryId: 'hd-2', amount: '100000001', reference: 'HĐ 13/2026', description: 'x', committedOn: '2026-02-02' },
      }),
    ).toBe('CONFLICT');
    expect(await test.as(unit).errorCode(PAY, { input: payment({ entryId: 'kb-e2e-3', treasuryReference: 'KBNN-ST-E2E-0003' }) })).toBe('FORBIDDEN');
    expect(
      await test
        .as(unit)
        .errorCode(COMMIT, { input: { lineId: 'no-such-line', entryId: 'hd-2', amount: '1', reference: 'x', description: 'x', committedOn: '2026-02-02' } }),
    ).toBe('NOT_FOUND');
    expect(await lineEvents()).toHaveLength(before);
  });

  it('a correction is a reversing entry beside the original', async () => {
    await test
      .as(unit)
      .ok(REVERSE, { input: { lineId: LINE, entryId: 'dc-1', reversedEntryId: 'hd-1', reason: 'Sai giá trị hợp đồng', reversedOn: '2026-03-02' } });
    const { budgetLine } = await test.as(unit).ok(LINE_QUERY, { id: LINE });
    expect(budgetLine.committed).toBe('0');
    expect(budgetLine.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entryId: 'hd-1', reversed: true }),
        expect.objectContaining({ entryId: 'dc-1', kind: 'reversal', reversesEntryId: 'hd-1', amount: '300000000' }),
      ]),
    );
  });

  it('totals by province and source, the Sóc Trăng plan by task and source, and as of an earlier instant', async () => {
    const byProvince = (await test.as(committee).ok(TOTALS, { groupBy: ['PROVINCE', 'SOURCE'], year: 2026, province: 'soc-trang' })).ledgerTotals;
    const stateBudget = byProvince.find((row: { source: string }) => row.source === 'state-budget');
    expect(stateBudget).toMatchObject({ province: 'soc-trang', agency: null, allocated: '400000000', paid: '150000000', executionRate: 37.5 });
    const plan = (await test.as(committee).ok(`{ directiveFunding(directiveId: "kh-soc-trang-23-ct-ttg", fiscalYear: 2026) { task source allocated paid } }`))
      .directiveFunding;
    expect(plan).toEqual(
      expect.arrayContaining([{ task: 'kh-soc-trang-23-ct-ttg#II.5.b', source: 'state-budget', allocated: '400000000', paid: '150000000' }]),
    );
    const early = (await test.as(committee).ok(TOTALS, { groupBy: ['AGENCY'], year: 2026, province: 'soc-trang', asOf: '2000-01-01T00:00:00Z' })).ledgerTotals;
    expect(early).toEqual([]);
    const now = (
      await test.as(committee).ok(TOTALS, { groupBy: ['AGENCY'], year: 2026, province: 'soc-trang', asOf: new Date(Date.now() + 60_000).toISOString() })
    ).ledgerTotals;
    const current = (await test.as(committee).ok(TOTALS, { groupBy: ['AGENCY'], year: 2026, province: 'soc-trang' })).ledgerTotals;
    expect(now).toEqual(current);
  });

  it('the cycle’s deadlines are obligations of the agencies that owe them, on the obligations read model', async () => {
    const owed = async (agency: string) =>
      (await test.as(committee).ok(`query ($agency: ID!) { obligations(agency: $agency) { id dueDate status } }`, { agency })).obligations
        .filter((o: { id: string }) => o.id.startsWith(`funding:${LINE}/`))
        .map((o: { id: string; dueDate: string; status: string }) => ({ duty: o.id.split('/').pop(), dueDate: o.dueDate, status: o.status }));
    const finance = await waitFor(async () => {
      const rows = await owed('so-tai-chinh-soc-trang');
      expect(rows.map((o: { duty: string }) => o.duty).sort()).toEqual(['allocation', 'settlement', 'year-end-closing']);
      return rows;
    });
    expect(finance).toEqual(
      expect.arrayContaining([
        { duty: 'allocation', dueDate: '2025-12-31', status: 'SUBMITTED_ON_TIME' },
        expect.objectContaining({ duty: 'year-end-closing', dueDate: '2027-01-31' }),
        expect.objectContaining({ duty: 'settlement', dueDate: '2027-12-31' }),
      ]),
    );
    const unitOwes = await waitFor(async () => {
      const rows = await owed('so-ldtbxh-soc-trang');
      expect(rows).toHaveLength(5);
      return rows;
    });
    expect(unitOwes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ duty: 'treasury-dossiers', dueDate: '2026-12-30' }),
        expect.objectContaining({ duty: 'execution-3m', dueDate: '2026-04-15' }),
      ]),
    );
  });

  it('flags lines near or over their balance', async () => {
    const { budgetLinesNearBalance } = await test.as(committee).ok(`{ budgetLinesNearBalance(thresholdPercent: 50, fiscalYear: 2025) { lineId } }`);
    expect(budgetLinesNearBalance.map((line: { lineId: string }) => line.lineId)).toContain('so-ldtbxh-soc-trang-2025-bvte');
  });

  describe('donations (Sơn Dương)', () => {
    const FUND = 'van-dong-son-duong-2025';
    const donation = (overrides: Record<string, unknown> = {}) => ({
      fundId: FUND,
      donationId: 'tm-e2e-1',
      donor: { kind: 'organisation', name: 'Doanh nghiệp B (e2e)', consentToName: true },
      purpose: 'xa-dac-biet-kho-khan',
      form: 'cash',
      amount: '10000000',
      receiptMinute: 'BB e2e',
      receivedOn: '2026-02-01',
      ...overrides,
    });
    const distribution = (overrides: Record<string, unknown> = {}) => ({
      fundId: FUND,
      distributionId: 'pp-e2e-1',
      purpose: 'xa-dac-biet-kho-khan',
      recipient: { kind: 'commune', recipientId: 'xa-tan-trao', name: 'Xã Tân Trào', especiallyDifficult: true },
      cashAmount: '5000000',
      decision: 'QĐ e2e',
      distributedOn: '2026-02-10',
      ...overrides,
    });
    const balance = async () =>
      (await test.as(acceptor).ok(`{ funds { fundId balances { purpose cash } } }`)).funds.find((fund: { fundId: string }) => fund.fundId === FUND).balances[0]
        .cash;

    it('the recorder may not accept; another officer does, and the balance grows by the gift', async () => {
      const before = BigInt(await balance());
      await test.as(recorder).ok(RECORD_DONATION, { input: donation() });
      expect(await test.as(recorder).errorCode(ACCEPT, { input: { fundId: FUND, donationId: 'tm-e2e-1', acceptedOn: '2026-02-02' } })).toBe('FORBIDDEN');
      await test.as(acceptor).ok(ACCEPT, { input: { fundId: FUND, donationId: 'tm-e2e-1', acceptedOn: '2026-02-02' } });
      expect(BigInt(await balance())).toBe(before + 10_000_000n);
    });

    it('refuses a distribution above the balance, a negative one, and one to a child, writing nothing', async () => {
      const before = await balance();
      expect(await test.as(acceptor).errorCode(DISTRIBUTE, { input: distribution({ cashAmount: (BigInt(before) + 1n).toString() }) })).toBe('CONFLICT');
      expect(await test.as(acceptor).errorCode(DISTRIBUTE, { input: distribution({ cashAmount: '-5000000' }) })).toBe('BAD_USER_INPUT');
      expect(
        await test.as(acceptor).errorCode(DISTRIBUTE, {
          input: distribution({ recipient: { kind: 'child', recipientId: 'tre-em-a', name: 'Một em', especiallyDifficult: false } }),
        }),
      ).toBe('BAD_USER_INPUT');
      expect(await balance()).toBe(before);
    });

    it('a gift received by the Child Protection Fund counts in no balance until another officer accepts it', async () => {
      const { funds } = await test.as(committee).ok(`{ funds { fundId kind balances { purpose cash } } }`);
      expect(funds.find((fund: { fundId: string }) => fund.fundId === 'quy-bao-tro-tre-em-lang-son')).toEqual({
        fundId: 'quy-bao-tro-tre-em-lang-son',
        kind: 'child-protection-fund',
        balances: [{ purpose: 'tre-em-hoan-canh-dac-biet', cash: '0' }],
      });
      const { donations } = await test
        .as(committee)
        .ok(`{ donations(fundId: "quy-bao-tro-tre-em-lang-son") { donationId donorKind donorName amount status } }`);
      expect(donations).toEqual([{ donationId: 'qbtte-2025-01', donorKind: 'anonymous', donorName: null, amount: '25000000', status: 'recorded' }]);
    });

    it('shows what each especially difficult commune received, cash and kind', async () => {
      await test.as(acceptor).ok(DISTRIBUTE, { input: distribution() });
      const { communeDonations } = await test
        .as(committee)
        .ok(`{ communeDonations(especiallyDifficultOnly: true) { recipientId name cash goodsValue items { item unit quantity } } }`);
      const tanTrao = communeDonations.find((row: { recipientId: string }) => row.recipientId === 'xa-tan-trao');
      expect(tanTrao).toMatchObject({
        name: 'Xã Tân Trào',
        cash: '55000000',
        goodsValue: '22500000',
        items: [{ item: 'Áo ấm trẻ em', unit: 'chiếc', quantity: 150 }],
      });
    });
  });
});
