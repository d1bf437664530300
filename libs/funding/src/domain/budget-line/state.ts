import { BudgetClassification } from '../classification/budget-classification';
import { Vnd } from '../money/vnd';
import { BudgetLevel, DisclosureReport } from '../vocabulary';
import { BudgetLineEvent, FundedTask, LineSource, ReversibleKind } from './events';

export interface LedgerEntry {
  kind: ReversibleKind;
  amount: Vnd;
  reversed: boolean;
  treasuryReference: string | null;
}

export interface BudgetLine {
  status: 'proposed' | 'consolidated' | 'decided' | 'allocated' | 'settled';
  lineId: string;
  fiscalYear: number;
  level: BudgetLevel;
  agencyId: string;
  provinceId: string | null;
  financeAgencyId: string;
  treasuryAgencyId: string;
  source: LineSource;
  task: FundedTask | null;
  classification: BudgetClassification;
  purpose: string;
  /** The latest estimate: as proposed, consolidated or decided. */
  estimated: Vnd;
  decided: Vnd | null;
  allocated: Vnd;
  committed: Vnd;
  paid: Vnd;
  advanced: Vnd;
  carriedOver: Vnd;
  cancelled: Vnd;
  settled: Vnd | null;
  entries: Record<string, LedgerEntry>;
  /** Treasury reference → the entry it was applied as: a redelivered confirmation is applied once. */
  treasuryReferences: Record<string, string>;
  disclosures: DisclosureReport[];
}

export type BudgetLineState = { status: 'none' } | BudgetLine;

export const initialBudgetLineState = (): BudgetLineState => ({ status: 'none' });

/** What the Treasury paid out from the line, advances included. */
export const spentOf = (line: BudgetLine): Vnd => line.paid + line.advanced;
/** The allocation neither spent nor carried over nor cancelled: what may still be paid. */
export const unspentOf = (line: BudgetLine): Vnd => line.allocated - spentOf(line) - line.carriedOver - line.cancelled;
/** The allocation not yet committed: what a new commitment may take. */
export const uncommittedOf = (line: BudgetLine): Vnd => line.allocated - line.committed;

const FIELD_OF_KIND: Record<ReversibleKind, { field: 'allocated' | 'committed' | 'paid' | 'advanced'; sign: 1n | -1n }> = {
  allocation: { field: 'allocated', sign: 1n },
  supplement: { field: 'allocated', sign: 1n },
  reduction: { field: 'allocated', sign: -1n },
  commitment: { field: 'committed', sign: 1n },
  payment: { field: 'paid', sign: 1n },
  advance: { field: 'advanced', sign: 1n },
};

function withEntry(line: BudgetLine, entryId: string, kind: ReversibleKind, amount: Vnd, treasuryReference: string | null = null): BudgetLine {
  const { field, sign } = FIELD_OF_KIND[kind];
  return { ...line, [field]: line[field] + sign * amount, entries: { ...line.entries, [entryId]: { kind, amount, reversed: false, treasuryReference } } };
}

export function evolveBudgetLine(state: BudgetLineState, event: BudgetLineEvent): BudgetLineState {
  if (event.type === 'BudgetEstimateProposed') {
    const { amount, proposedOn, ...line } = event.data;
    void proposedOn;
    return {
      ...line,
      status: 'proposed',
      estimated: BigInt(amount),
      decided: null,
      allocated: 0n,
      committed: 0n,
      paid: 0n,
      advanced: 0n,
      carriedOver: 0n,
      cancelled: 0n,
      settled: null,
      entries: {},
      treasuryReferences: {},
      disclosures: [],
    };
  }
  if (state.status === 'none') return state;
  const line = state;
  switch (event.type) {
    case 'BudgetEstimateConsolidated':
      return { ...line, status: 'consolidated', estimated: BigInt(event.data.amount) };
    case 'BudgetEstimateDecided':
      return { ...line, status: 'decided', estimated: BigInt(event.data.amount), decided: BigInt(event.data.amount) };
    case 'BudgetAllocated':
      return { ...withEntry(line, event.data.entryId, 'allocation', BigInt(event.data.amount)), status: 'allocated' };
    case 'AllocationAdjusted':
      return withEntry(line, event.data.entryId, event.data.direction, BigInt(event.data.amount));
    case 'CommitmentRecorded':
      return withEntry(line, event.data.entryId, 'commitment', BigInt(event.data.amount));
    case 'TreasuryDisbursementConfirmed': {
      const next = withEntry(line, event.data.entryId, event.data.kind, BigInt(event.data.amount), event.data.treasuryReference);
      return { ...next, treasuryReferences: { ...line.treasuryReferences, [event.data.treasuryReference]: event.data.entryId } };
    }
    case 'LedgerEntryReversed': {
      const original = line.entries[event.data.reversedEntryId];
      const { field, sign } = FIELD_OF_KIND[event.data.reversedKind];
      const references = event.data.treasuryReference
        ? { ...line.treasuryReferences, [event.data.treasuryReference]: event.data.entryId }
        : line.treasuryReferences;
      return {
        ...line,
        [field]: line[field] - sign * BigInt(event.data.amount),
        entries: { ...line.entries, [event.data.reversedEntryId]: { ...original, reversed: true } },
        treasuryReferences: references,
      };
    }
    case 'BalanceCarriedOver':
      return { ...line, carriedOver: line.carriedOver + BigInt(event.data.amount) };
    case 'BalanceCancelled':
      return { ...line, cancelled: line.cancelled + BigInt(event.data.amount) };
    case 'SettlementApproved':
      return { ...line, status: 'settled', settled: BigInt(event.data.settledAmount) };
    case 'BudgetDisclosurePublished':
      return { ...line, disclosures: [...line.disclosures, event.data.report] };
  }
}
