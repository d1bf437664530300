import { Requester } from '@cpp/eventsourcing';
import { budgetLineDecider } from './budget-line.decider';
import { ProposeEstimate } from './commands';
import { BudgetLineEvent } from './events';

/** The Sóc Trăng plan's II.5.b line of the Sở LĐTBXH, funded by the provincial budget (amounts illustrative). */
export const LINE = 'ldtbxh-soc-trang-2026-bvte';
export const unit: Requester = { subject: 'ke-toan-ldtbxh', agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
export const finance: Requester = { subject: 'chuyen-vien-stc', agencyId: 'so-tai-chinh-soc-trang', roles: ['agency-officer'] };
export const treasury: Requester = { subject: null, agencyId: 'kbnn-soc-trang', roles: [] };
export const stranger: Requester = { subject: 'someone', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };

export const propose = (overrides: Partial<ProposeEstimate> = {}): ProposeEstimate => ({
  type: 'ProposeEstimate',
  requester: unit,
  lineId: LINE,
  fiscalYear: 2026,
  level: 'province',
  agencyId: 'so-ldtbxh-soc-trang',
  provinceId: 'soc-trang',
  financeAgencyId: 'so-tai-chinh-soc-trang',
  treasuryAgencyId: 'kbnn-soc-trang',
  source: { kind: 'state-budget', programme: null, donor: null },
  task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'II.5.b' },
  classification: { version: 'mlns-2026', chapter: '424', function: '370-398', item: '7000-7049' },
  purpose: 'Bảo vệ trẻ em; phòng, chống xâm hại trẻ em',
  amount: '500000000',
  proposedOn: '2025-07-15',
  facts: {
    agencies: { 'so-ldtbxh-soc-trang': 'active', 'so-tai-chinh-soc-trang': 'active', 'kbnn-soc-trang': 'active' },
    directiveSections: ['II.5.a', 'II.5.b'],
  },
  ...overrides,
});

export const proposed: BudgetLineEvent = budgetLineDecider.decide(propose(), { status: 'none' })[0];
export const consolidated: BudgetLineEvent = { type: 'BudgetEstimateConsolidated', data: { lineId: LINE, amount: '450000000', consolidatedOn: '2025-10-01' } };
export const decided: BudgetLineEvent = {
  type: 'BudgetEstimateDecided',
  data: { lineId: LINE, amount: '400000000', resolution: '25/NQ-HĐND', decidedOn: '2025-12-10' },
};
export const allocated: BudgetLineEvent = {
  type: 'BudgetAllocated',
  data: { lineId: LINE, entryId: 'giao-1', amount: '400000000', decision: '2850/QĐ-UBND', allocatedOn: '2025-12-20' },
};
export const committed = (amount: string, entryId = 'hd-1'): BudgetLineEvent => ({
  type: 'CommitmentRecorded',
  data: { lineId: LINE, entryId, amount, reference: 'HĐ 12/2026', description: 'In tài liệu tuyên truyền', committedOn: '2026-02-01' },
});
export const disbursed = (amount: string, kind: 'payment' | 'advance' = 'payment', entryId = 'kb-1', treasuryReference = 'KB-2026-0001'): BudgetLineEvent => ({
  type: 'TreasuryDisbursementConfirmed',
  data: { lineId: LINE, entryId, kind, amount, treasuryReference, confirmedOn: '2026-03-01' },
});
export const allocatedLine = [proposed, consolidated, decided, allocated];
