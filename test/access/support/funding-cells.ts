import { GraphqlClient } from '../../support/graphql-client';
import { fresh, Outcome, outcome, provinceOf, shown } from './matrix-cell';

/**
 * Funding's queries and mutations for the access matrix, each aimed at one agency's budget
 * line, fund and donation (seeded below by the national administrator).
 */
export const lineOf = (agency: string) => `bl-matrix-${agency}`;
export const fundOf = (agency: string) => `quy-matrix-${agency}`;
export const donationOf = (agency: string) => `dn-matrix-${agency}`;
const communeOf = (agency: string) => `xa-matrix-${agency}`;
const directiveOf = (agency: string) => `cv-matrix-${agency}`;

const PROPOSE = `mutation ($i: ProposeBudgetEstimateInput!) { proposeBudgetEstimate(input: $i) { changed } }`;
const OPEN_FUND = `mutation ($i: OpenFundInput!) { openFund(input: $i) { changed } }`;
export const RECORD_DONATION = `mutation ($i: RecordDonationInput!) { recordDonation(input: $i) { changed } }`;
export const ACCEPT_DONATION = `mutation ($i: AcceptDonationInput!) { acceptDonation(input: $i) { changed } }`;
const DISTRIBUTE = `mutation ($i: DistributeFromFundInput!) { distributeFromFund(input: $i) { changed } }`;

const proposal = (lineId: string, agency: string) => ({
  lineId,
  fiscalYear: 2025,
  level: 'province',
  agencyId: agency,
  provinceId: provinceOf(agency),
  financeAgencyId: `so-tai-chinh-${provinceOf(agency)}`,
  treasuryAgencyId: `kbnn-${provinceOf(agency)}`,
  source: { kind: 'state-budget' },
  classification: { version: 'mlns-2016', chapter: '424', function: '370-398', item: '7000-7049' },
  purpose: 'Bảo vệ trẻ em (ma trận quyền)',
  amount: '100000000',
  proposedOn: '2024-05-01',
});
const fund = (fundId: string, agency: string) => ({
  fundId,
  name: `Quỹ bảo trợ trẻ em (ma trận quyền) ${agency}`,
  kind: 'child-protection-fund',
  managingAgencyId: agency,
  superiorAgencyId: agency.startsWith('ubnd-') ? 'bo-ldtbxh' : `ubnd-${provinceOf(agency)}`,
  unitId: provinceOf(agency),
  purposes: ['bao-ve-tre-em'],
  openedOn: '2024-01-02',
});
export const cashDonation = (fundId: string, donationId: string) => ({
  fundId,
  donationId,
  donor: { kind: 'anonymous', consentToName: false },
  purpose: 'bao-ve-tre-em',
  form: 'cash',
  amount: '1000000',
  receiptMinute: `BB ${donationId}`,
  receivedOn: '2024-05-02',
});
const distribution = (fundId: string, distributionId: string, agency: string) => ({
  fundId,
  distributionId,
  purpose: 'bao-ve-tre-em',
  recipient: { kind: 'commune', recipientId: communeOf(agency), name: `Xã (ma trận quyền) ${agency}`, especiallyDifficult: false },
  cashAmount: '100000',
  decision: `QĐ phân phối ${distributionId}`,
  distributedOn: '2024-05-10',
});

/** Per agency: a directive it issued, a budget line it spends, a fund it manages with a donation waiting and one handed to a commune. */
export async function seedFunding(national: GraphqlClient, acceptor: GraphqlClient, agencies: string[]): Promise<void> {
  for (const agency of agencies) {
    await national.ok(`mutation ($i: IssueDirectiveInput!) { issueDirective(input: $i) { changed } }`, {
      i: {
        directiveId: directiveOf(agency),
        documentNumber: '2/KH',
        documentType: 'KE_HOACH',
        issuingAgencyId: agency,
        place: 'Việt Nam',
        issuedOn: '2024-01-05',
        subject: 'Kế hoạch (ma trận quyền)',
      },
    });
    await national.ok(PROPOSE, { i: proposal(lineOf(agency), agency) });
    await national.ok(OPEN_FUND, { i: fund(fundOf(agency), agency) });
    await national.ok(RECORD_DONATION, { i: cashDonation(fundOf(agency), donationOf(agency)) });
    await national.ok(RECORD_DONATION, { i: cashDonation(fundOf(agency), `dn-seed-${agency}`) });
    await acceptor.ok(ACCEPT_DONATION, { i: { fundId: fundOf(agency), donationId: `dn-seed-${agency}`, acceptedOn: '2024-05-03' } });
    await national.ok(DISTRIBUTE, { i: distribution(fundOf(agency), `pp-seed-${agency}`, agency) });
  }
}

export interface Cell {
  name: string;
  write: boolean;
  /** The roles the law opens the operation to (org-admin: what administrators hold). */
  roles: string[];
  /** Puts the new record in another province than the agency's own: only a national reach may. */
  placedElsewhere?: boolean;
  run(client: GraphqlClient, agency: string): Promise<Outcome>;
}

export const FUNDING_READERS = ['steering-committee', 'inspector', 'agency-officer', 'agency-head', 'finance-officer', 'org-admin'];
/** Finance officers keep their agency's books; its officers and the oversight roles may enter too. */
export const BOOKKEEPERS = ['finance-officer', 'agency-officer', 'steering-committee', 'org-admin'];
const APPROVERS = [...BOOKKEEPERS, 'agency-head'];

const lineWrite = (mutation: string, input: string, fields: (agency: string) => Record<string, unknown>, roles = BOOKKEEPERS): Cell => ({
  name: mutation,
  write: true,
  roles,
  run: (c, agency) => outcome(c, `mutation ($i: ${input}!) { ${mutation}(input: $i) { changed } }`, { i: { lineId: lineOf(agency), ...fields(agency) } }),
});
const fundWrite = (mutation: string, input: string, fields: (agency: string) => Record<string, unknown>, roles = BOOKKEEPERS): Cell => ({
  name: mutation,
  write: true,
  roles,
  run: (c, agency) => outcome(c, `mutation ($i: ${input}!) { ${mutation}(input: $i) { changed } }`, { i: { fundId: fundOf(agency), ...fields(agency) } }),
});
const entry = () => ({ entryId: fresh('bt'), amount: '1000000' });

export const FUNDING_CELLS: Cell[] = [
  {
    name: 'budgetLine (read)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => outcome(c, `query ($id: ID!) { budgetLine(id: $id) { lineId } }`, { id: lineOf(agency) }),
  },
  {
    name: 'budgetLines by agency (search)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => outcome(c, `query ($a: ID) { budgetLines(agency: $a) { lineId } }`, { a: agency }),
  },
  {
    name: 'ledgerTotals by agency (read)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => outcome(c, `query ($a: ID) { ledgerTotals(groupBy: [AGENCY], agency: $a) { allocated } }`, { a: agency }),
  },
  {
    name: 'directiveFunding (read)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => outcome(c, `query ($d: ID!) { directiveFunding(directiveId: $d) { allocated } }`, { d: directiveOf(agency) }),
  },
  {
    name: 'budgetLinesNearBalance by province (search)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => outcome(c, `query ($p: ID) { budgetLinesNearBalance(province: $p) { lineId } }`, { p: provinceOf(agency) }),
  },
  {
    name: 'funds (search naming nothing)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => shown<{ fundId: string }>(c, `{ funds { fundId } }`, 'funds', (row) => row.fundId === fundOf(agency)),
  },
  {
    name: 'donations of a fund (read)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) => outcome(c, `query ($f: ID!) { donations(fundId: $f) { donationId } }`, { f: fundOf(agency) }),
  },
  {
    name: 'communeDonations (search naming nothing)',
    write: false,
    roles: FUNDING_READERS,
    run: (c, agency) =>
      shown<{ recipientId: string }>(c, `{ communeDonations { recipientId } }`, 'communeDonations', (row) => row.recipientId === communeOf(agency)),
  },
  {
    name: 'proposeBudgetEstimate',
    write: true,
    roles: BOOKKEEPERS,
    run: (c, agency) => outcome(c, PROPOSE, { i: proposal(fresh('bl'), agency) }),
  },
  lineWrite('consolidateBudgetEstimate', 'ConsolidateBudgetEstimateInput', () => ({ amount: '100000000', consolidatedOn: '2024-05-05' })),
  lineWrite('decideBudgetEstimate', 'DecideBudgetEstimateInput', () => ({ amount: '100000000', resolution: '1/NQ-HĐND', decidedOn: '2024-05-06' })),
  lineWrite('allocateBudget', 'AllocateBudgetInput', () => ({ ...entry(), decision: '1/QĐ-UBND', allocatedOn: '2024-05-07' })),
  lineWrite('adjustAllocation', 'AdjustAllocationInput', () => ({
    ...entry(),
    direction: 'supplement',
    decision: '2/QĐ-UBND',
    reason: 'Bổ sung',
    adjustedOn: '2024-05-08',
  })),
  lineWrite('recordCommitment', 'RecordCommitmentInput', () => ({ ...entry(), reference: 'HĐ 1', description: 'Tập huấn', committedOn: '2024-05-09' })),
  lineWrite(
    'confirmTreasuryDisbursement',
    'ConfirmTreasuryDisbursementInput',
    () => ({ ...entry(), kind: 'payment', treasuryReference: 'KB-1', confirmedOn: '2024-05-10' }),
    ['integration'],
  ),
  lineWrite(
    'reverseLedgerEntry',
    'ReverseLedgerEntryInput',
    () => ({ entryId: fresh('dc'), reversedEntryId: 'bt-none', reason: 'Sai sót', reversedOn: '2024-05-11' }),
    [...BOOKKEEPERS, 'integration'],
  ),
  lineWrite('carryOverBalance', 'CarryOverBalanceInput', () => ({ ...entry(), legalGround: 'Điều 64 Luật NSNN', carriedOn: '2024-05-12' })),
  lineWrite('cancelBalance', 'CancelBalanceInput', () => ({ ...entry(), reason: 'Không sử dụng', cancelledOn: '2024-05-13' })),
  lineWrite('approveSettlement', 'ApproveSettlementInput', () => ({ settledAmount: '1000000', decision: '3/QĐ-STC', approvedOn: '2024-05-14' })),
  lineWrite('publishBudgetDisclosure', 'PublishBudgetDisclosureInput', () => ({ report: 'estimate', reference: 'CK 1', publishedOn: '2024-05-15' })),
  {
    name: 'openFund',
    write: true,
    roles: BOOKKEEPERS,
    run: (c, agency) => outcome(c, OPEN_FUND, { i: fund(fresh('quy'), agency) }),
  },
  {
    name: 'openFund placed in Lang Son (another province)',
    write: true,
    roles: BOOKKEEPERS,
    placedElsewhere: true,
    run: (c, agency) => outcome(c, OPEN_FUND, { i: { ...fund(fresh('quy'), agency), unitId: 'lang-son' } }),
  },
  fundWrite('recordDonation', 'RecordDonationInput', (agency) => cashDonation(fundOf(agency), fresh('dn'))),
  fundWrite('acceptDonation', 'AcceptDonationInput', (agency) => ({ donationId: donationOf(agency), acceptedOn: '2024-05-16' }), APPROVERS),
  fundWrite(
    'suspendDonation',
    'SuspendDonationInput',
    (agency) => ({ donationId: donationOf(agency), reason: 'Nguồn gốc', suspendedOn: '2024-05-17' }),
    APPROVERS,
  ),
  fundWrite('checkDonatedGoods', 'CheckDonatedGoodsInput', (agency) => ({
    donationId: donationOf(agency),
    outcome: 'meets-standards',
    checkedOn: '2024-05-18',
  })),
  fundWrite('distributeFromFund', 'DistributeFromFundInput', (agency) => distribution(fundOf(agency), fresh('pp'), agency)),
  fundWrite('discloseFundUse', 'DiscloseFundUseInput', () => ({ period: '2024', reference: 'CK quỹ 1', publishedOn: '2024-05-19' })),
];
