import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { BUDGET_LINE_EVENT_TYPES, BudgetLineEvent, ReversibleKind } from '../domain/budget-line/events';
import { ledgerTables } from './tables';

/** The column a ledger entry moves and in which direction: the same mapping as the line's own state. */
const COLUMN: Record<ReversibleKind, { column: string; sign: '+' | '-' }> = {
  allocation: { column: 'allocated', sign: '+' },
  supplement: { column: 'allocated', sign: '+' },
  reduction: { column: 'allocated', sign: '-' },
  commitment: { column: 'committed', sign: '+' },
  payment: { column: 'paid', sign: '+' },
  advance: { column: 'advanced', sign: '+' },
};
const opposite = (sign: '+' | '-') => (sign === '+' ? '-' : '+');

/** Budget lines with their running figures, and every ledger entry (reversals beside what they reverse). */
export const ledgerProjection: Projection = {
  name: 'funding.ledger',
  migrations: ledgerTables,
  tables: ['funding_budget_lines', 'funding_ledger_entries'],
  handles: BUDGET_LINE_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, recorded as unknown as BudgetLineEvent, recorded.globalPosition),
};

async function move(tx: SqlExecutor, lineId: string, kind: ReversibleKind, amount: string, reverse = false): Promise<void> {
  const { column, sign } = COLUMN[kind];
  await tx.query(`UPDATE funding_budget_lines SET ${column} = ${column} ${reverse ? opposite(sign) : sign} $2::numeric WHERE line_id = $1`, [lineId, amount]);
}

async function entry(
  tx: SqlExecutor,
  lineId: string,
  entryId: string,
  kind: string,
  amount: string,
  reference: string | null,
  on: string,
  position: number,
  reverses: string | null = null,
): Promise<void> {
  await tx.query(
    'INSERT INTO funding_ledger_entries (line_id, entry_id, kind, amount, reference, entered_on, reverses_entry_id, position) VALUES ($1, $2, $3, $4::numeric, $5, $6::date, $7, $8)',
    [lineId, entryId, kind, amount, reference, on, reverses, position],
  );
}

async function applyEvent(tx: SqlExecutor, event: BudgetLineEvent, position: number): Promise<void> {
  switch (event.type) {
    case 'BudgetEstimateProposed': {
      const d = event.data;
      await tx.query(
        `INSERT INTO funding_budget_lines (line_id, fiscal_year, level, agency_id, province_id, finance_agency_id, treasury_agency_id, source_kind, programme, donor,
           directive_id, task_section, classification, purpose, status, estimated)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'proposed', $15::numeric)`,
        [
          d.lineId,
          d.fiscalYear,
          d.level,
          d.agencyId,
          d.provinceId,
          d.financeAgencyId,
          d.treasuryAgencyId,
          d.source.kind,
          d.source.programme,
          d.source.donor,
          d.task?.directiveId ?? null,
          d.task?.section ?? null,
          JSON.stringify(d.classification),
          d.purpose,
          d.amount,
        ],
      );
      return;
    }
    case 'BudgetEstimateConsolidated':
      await tx.query(`UPDATE funding_budget_lines SET status = 'consolidated', estimated = $2::numeric WHERE line_id = $1`, [
        event.data.lineId,
        event.data.amount,
      ]);
      return;
    case 'BudgetEstimateDecided':
      await tx.query(`UPDATE funding_budget_lines SET status = 'decided', estimated = $2::numeric, decided = $2::numeric WHERE line_id = $1`, [
        event.data.lineId,
        event.data.amount,
      ]);
      return;
    case 'BudgetAllocated':
      await tx.query(`UPDATE funding_budget_lines SET status = 'allocated' WHERE line_id = $1`, [event.data.lineId]);
      await move(tx, event.data.lineId, 'allocation', event.data.amount);
      return entry(tx, event.data.lineId, event.data.entryId, 'allocation', event.data.amount, event.data.decision, event.data.allocatedOn, position);
    case 'AllocationAdjusted':
      await move(tx, event.data.lineId, event.data.direction, event.data.amount);
      return entry(tx, event.data.lineId, event.data.entryId, event.data.direction, event.data.amount, event.data.decision, event.data.adjustedOn, position);
    case 'CommitmentRecorded':
      await move(tx, event.data.lineId, 'commitment', event.data.amount);
      return entry(tx, event.data.lineId, event.data.entryId, 'commitment', event.data.amount, event.data.reference, event.data.committedOn, position);
    case 'TreasuryDisbursementConfirmed':
      await move(tx, event.data.lineId, event.data.kind, event.data.amount);
      return entry(
        tx,
        event.data.lineId,
        event.data.entryId,
        event.data.kind,
        event.data.amount,
        event.data.treasuryReference,
        event.data.confirmedOn,
        position,
      );
    case 'LedgerEntryReversed': {
      const d = event.data;
      await move(tx, d.lineId, d.reversedKind, d.amount, true);
      await tx.query('UPDATE funding_ledger_entries SET reversed = true WHERE line_id = $1 AND entry_id = $2', [d.lineId, d.reversedEntryId]);
      return entry(tx, d.lineId, d.entryId, 'reversal', d.amount, d.treasuryReference ?? d.reason, d.reversedOn, position, d.reversedEntryId);
    }
    case 'BalanceCarriedOver':
      await tx.query('UPDATE funding_budget_lines SET carried_over = carried_over + $2::numeric WHERE line_id = $1', [event.data.lineId, event.data.amount]);
      return entry(tx, event.data.lineId, event.data.entryId, 'carry-over', event.data.amount, event.data.legalGround, event.data.carriedOn, position);
    case 'BalanceCancelled':
      await tx.query('UPDATE funding_budget_lines SET cancelled = cancelled + $2::numeric WHERE line_id = $1', [event.data.lineId, event.data.amount]);
      return entry(tx, event.data.lineId, event.data.entryId, 'cancellation', event.data.amount, event.data.reason, event.data.cancelledOn, position);
    case 'SettlementApproved':
      await tx.query(`UPDATE funding_budget_lines SET status = 'settled', settled = $2::numeric WHERE line_id = $1`, [
        event.data.lineId,
        event.data.settledAmount,
      ]);
      return;
    case 'BudgetDisclosurePublished':
      await tx.query(`UPDATE funding_budget_lines SET disclosures = disclosures || $2::jsonb WHERE line_id = $1`, [
        event.data.lineId,
        JSON.stringify([event.data.report]),
      ]);
      return;
  }
}
