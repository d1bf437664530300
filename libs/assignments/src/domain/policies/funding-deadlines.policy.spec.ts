import type { BudgetLineFact } from '@cpp/funding';
import { fundingDeadlines, fundingObligationId } from './funding-deadlines.policy';

const line: BudgetLineFact = {
  lineId: 'so-ldtbxh-soc-trang-2026-bvte',
  fiscalYear: 2026,
  level: 'province',
  agencyId: 'so-ldtbxh-soc-trang',
  financeAgencyId: 'so-tai-chinh-soc-trang',
  task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'II.5.b' },
  unspent: '250000000',
};
const LINE = line.lineId;

describe('budget deadlines become obligations', () => {
  it('given a decided estimate, when it is recorded, then the finance agency owes the allocation before 31/12 of the year before', () => {
    const [command] = fundingDeadlines(
      { type: 'BudgetEstimateDecided', data: { lineId: LINE, amount: '400000000', resolution: '25/NQ-HĐND', decidedOn: '2025-12-10' } },
      line,
    );
    expect(command).toMatchObject({
      type: 'OpenObligation',
      openedOn: '2025-12-10',
      spec: {
        obligationId: fundingObligationId(LINE, 'allocation'),
        assigneeAgencyId: 'so-tai-chinh-soc-trang',
        recipientAgencyId: 'so-ldtbxh-soc-trang',
        dueDate: '2025-12-31',
        source: { directiveId: 'kh-soc-trang-23-ct-ttg', sections: ['II.5.b'] },
      },
    });
  });

  it('given an allocation, then the allocation is met and the year’s deadlines open: dossiers 30/12, adjustment 31/01, quarterly publication, settlement', () => {
    const commands = fundingDeadlines(
      { type: 'BudgetAllocated', data: { lineId: LINE, entryId: 'giao-1', amount: '400000000', decision: '2850/QĐ-UBND', allocatedOn: '2025-12-20' } },
      line,
    );
    expect(commands[0]).toMatchObject({
      type: 'SubmitReport',
      obligationId: fundingObligationId(LINE, 'allocation'),
      requester: { agencyId: 'so-tai-chinh-soc-trang' },
      submittedOn: '2025-12-20',
      today: '2025-12-20',
    });
    const due = Object.fromEntries(
      commands
        .slice(1)
        .map((command) =>
          command.type === 'OpenObligation' ? [command.spec.obligationId.split('/').pop(), [command.spec.assigneeAgencyId, command.spec.dueDate]] : [],
        ),
    );
    expect(due).toEqual({
      'treasury-dossiers': ['so-ldtbxh-soc-trang', '2026-12-30'],
      'year-end-closing': ['so-tai-chinh-soc-trang', '2027-01-31'],
      'execution-3m': ['so-ldtbxh-soc-trang', '2026-04-15'],
      'execution-6m': ['so-ldtbxh-soc-trang', '2026-07-15'],
      'execution-9m': ['so-ldtbxh-soc-trang', '2026-10-15'],
      'execution-12m': ['so-ldtbxh-soc-trang', '2027-01-15'],
      settlement: ['so-tai-chinh-soc-trang', '2027-12-31'],
    });
  });

  it('given a cancellation that leaves nothing unspent, then the dossiers and the adjustment period are met; while a balance remains, nothing', () => {
    const cancelled = {
      type: 'BalanceCancelled' as const,
      data: { lineId: LINE, entryId: 'huy-1', amount: '250000000', reason: 'x', cancelledOn: '2027-01-20' },
    };
    expect(fundingDeadlines(cancelled, line)).toEqual([]);
    expect(
      fundingDeadlines(cancelled, { ...line, unspent: '0' }).map((command) => command.type === 'SubmitReport' && [command.obligationId, command.submittedOn]),
    ).toEqual([
      [fundingObligationId(LINE, 'treasury-dossiers'), '2027-01-20'],
      [fundingObligationId(LINE, 'year-end-closing'), '2027-01-20'],
    ]);
  });

  it('given a quarterly publication or a settlement, then that obligation is met; the estimate’s publication owes nothing', () => {
    const published = (report: 'execution-6m' | 'estimate') => ({
      type: 'BudgetDisclosurePublished' as const,
      data: { lineId: LINE, report, reference: 'Cổng TTĐT', publishedOn: '2026-07-10' },
    });
    expect(fundingDeadlines(published('execution-6m'), line)).toMatchObject([
      { type: 'SubmitReport', obligationId: fundingObligationId(LINE, 'execution-6m'), requester: { agencyId: 'so-ldtbxh-soc-trang' } },
    ]);
    expect(fundingDeadlines(published('estimate'), line)).toEqual([]);
    expect(
      fundingDeadlines({ type: 'SettlementApproved', data: { lineId: LINE, settledAmount: '1', decision: '120/QĐ-STC', approvedOn: '2027-06-30' } }, line),
    ).toMatchObject([{ type: 'SubmitReport', obligationId: fundingObligationId(LINE, 'settlement'), requester: { agencyId: 'so-tai-chinh-soc-trang' } }]);
  });

  it('settlement dates follow the level of the line', () => {
    const central = fundingDeadlines(
      { type: 'BudgetAllocated', data: { lineId: LINE, entryId: 'g', amount: '1', decision: 'd', allocatedOn: '2025-12-20' } },
      { ...line, level: 'central' },
    );
    expect(central.find((command) => command.type === 'OpenObligation' && command.spec.obligationId.endsWith('/settlement'))).toMatchObject({
      spec: { dueDate: '2027-10-01' },
    });
  });
});
