import type { BudgetLineFact, FundingPublishedEvent } from '@cpp/funding';
import type { ObligationCommand, ObligationSpec } from '../obligation/commands';

/**
 * The budget cycle's deadlines as obligations of the agencies that owe them, on the same
 * obligations read model as reports and recommendations:
 *   - allocation (giao dự toán) by the finance agency before 31/12 of the year before;
 *   - the spending unit's payment dossiers to the State Treasury by 30/12 of the fiscal year;
 *   - the adjustment period (chỉnh lý quyết toán) closed by the finance agency by 31/01 after;
 *   - execution published by the spending unit within 15 days after each quarter;
 *   - the settlement approved by the finance agency by the date its level sets.
 * Each is met by the fact that fulfils it, recorded as the submission of that obligation.
 *
 * Calendar dates only: the law's working-day counts are not modelled. The quarterly 15 days and
 * the settlement dates per level are the platform's reading, to be confirmed against the State
 * Budget Law 89/2025/QH15 and its implementing decree.
 */
export const SETTLEMENT_DUE: Record<string, (fiscalYear: number) => string> = {
  commune: (year) => `${year + 1}-06-30`,
  province: (year) => `${year + 1}-12-31`,
  central: (year) => `${year + 1}-10-01`,
};

const EXECUTION_DUE: Record<string, (fiscalYear: number) => string> = {
  'execution-3m': (year) => `${year}-04-15`,
  'execution-6m': (year) => `${year}-07-15`,
  'execution-9m': (year) => `${year}-10-15`,
  'execution-12m': (year) => `${year + 1}-01-15`,
};

export const fundingObligationId = (lineId: string, duty: string) => `funding:${lineId}/${duty}`;

function spec(line: BudgetLineFact, duty: string, title: string, assigneeAgencyId: string, recipientAgencyId: string, dueDate: string): ObligationSpec {
  return {
    obligationId: fundingObligationId(line.lineId, duty),
    kind: 'ad-hoc-report',
    title,
    source: {
      type: 'directive',
      directiveId: line.task?.directiveId ?? null,
      documentNumber: null,
      documentSubject: `Budget line ${line.lineId} (${line.fiscalYear})`,
      sections: line.task ? [line.task.section] : [],
      regimeId: null,
      taskId: null,
      inspectionId: null,
      recommendationId: null,
    },
    period: { label: String(line.fiscalYear), year: line.fiscalYear },
    assigneeAgencyId,
    recipientAgencyId,
    dueDate,
  };
}

/** The obligation met, by the agency that owed it, on the day the fact happened. */
function met(line: BudgetLineFact, duty: string, agencyId: string, on: string, note: string): ObligationCommand {
  const requester = { subject: null, agencyId, roles: [] as string[] };
  return { type: 'SubmitReport', obligationId: fundingObligationId(line.lineId, duty), requester, figures: [], note, submittedOn: on, today: on };
}

const open = (obligation: ObligationSpec, openedOn: string): ObligationCommand => ({ type: 'OpenObligation', spec: obligation, openedOn });

export function fundingDeadlines(event: FundingPublishedEvent, line: BudgetLineFact): ObligationCommand[] {
  const year = line.fiscalYear;
  switch (event.type) {
    case 'BudgetEstimateDecided':
      return [
        open(spec(line, 'allocation', `Giao dự toán ${year}: ${line.lineId}`, line.financeAgencyId, line.agencyId, `${year - 1}-12-31`), event.data.decidedOn),
      ];
    case 'BudgetAllocated': {
      const { allocatedOn, decision } = event.data;
      return [
        met(line, 'allocation', line.financeAgencyId, allocatedOn, `Allocated by ${decision}`),
        open(
          spec(line, 'treasury-dossiers', `Hồ sơ thanh toán gửi Kho bạc ${year}: ${line.lineId}`, line.agencyId, line.financeAgencyId, `${year}-12-30`),
          allocatedOn,
        ),
        open(
          spec(line, 'year-end-closing', `Chỉnh lý quyết toán ${year}: ${line.lineId}`, line.financeAgencyId, line.agencyId, `${year + 1}-01-31`),
          allocatedOn,
        ),
        ...Object.entries(EXECUTION_DUE).map(([report, due]) =>
          open(
            spec(line, report, `Công khai tình hình thực hiện dự toán (${report}) ${year}: ${line.lineId}`, line.agencyId, line.financeAgencyId, due(year)),
            allocatedOn,
          ),
        ),
        open(
          spec(
            line,
            'settlement',
            `Quyết toán ${year}: ${line.lineId}`,
            line.financeAgencyId,
            line.agencyId,
            (SETTLEMENT_DUE[line.level] ?? SETTLEMENT_DUE.province)(year),
          ),
          allocatedOn,
        ),
      ];
    }
    case 'TreasuryDisbursementConfirmed':
    case 'BalanceCarriedOver':
    case 'BalanceCancelled': {
      if (line.unspent !== '0') return [];
      const on =
        event.type === 'TreasuryDisbursementConfirmed'
          ? event.data.confirmedOn
          : event.type === 'BalanceCarriedOver'
            ? event.data.carriedOn
            : event.data.cancelledOn;
      return [
        met(line, 'treasury-dossiers', line.agencyId, on, 'No unspent allocation is left on the line'),
        met(line, 'year-end-closing', line.financeAgencyId, on, 'Every đồng of the allocation is paid, carried over or cancelled'),
      ];
    }
    case 'BudgetDisclosurePublished':
      if (!EXECUTION_DUE[event.data.report]) return [];
      return [met(line, event.data.report, line.agencyId, event.data.publishedOn, `Published: ${event.data.reference}`)];
    case 'SettlementApproved':
      return [met(line, 'settlement', line.financeAgencyId, event.data.approvedOn, `Settlement approved by ${event.data.decision}`)];
    default:
      return [];
  }
}
