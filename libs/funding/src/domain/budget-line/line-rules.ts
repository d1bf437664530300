import { actsFor, conflict, forbidden, hasRole, notFound, Requester, requireIdentifier } from '@cpp/eventsourcing';
import { BudgetLine, BudgetLineState } from './state';

/** No spending without an estimate: every entry needs a line that was proposed. */
export function requireLine(state: BudgetLineState, lineId: string): BudgetLine {
  if (state.status === 'none') throw notFound(`No budget estimate ${lineId}: nothing may be allocated, committed or paid without one`);
  return state;
}

/** After the settlement the line is closed: corrections go to the next year's line. */
export function requireNotSettled(line: BudgetLine): void {
  if (line.status === 'settled') throw conflict(`Budget line ${line.lineId} is settled; nothing more can be entered against it`);
}

export function requireFinanceAgency(line: BudgetLine, requester: Requester, doing: string): void {
  if (!actsFor(requester, line.financeAgencyId)) throw forbidden(`Only ${line.financeAgencyId} (the finance agency of line ${line.lineId}) may ${doing}`);
}

export function requireSpendingUnit(line: BudgetLine, requester: Requester, doing: string): void {
  if (!actsFor(requester, line.agencyId)) throw forbidden(`Only ${line.agencyId} (the spending unit of line ${line.lineId}) may ${doing}`);
}

/** Payments are the Treasury's facts: they come from its system (or an integration account), never from a user. */
export function requireTreasury(line: BudgetLine, requester: Requester): void {
  if (requester.agencyId !== line.treasuryAgencyId && !hasRole(requester, 'integration')) {
    throw forbidden(
      `Only the State Treasury office ${line.treasuryAgencyId} confirms payments from line ${line.lineId}; the platform records them, it never originates one`,
    );
  }
}

export function requireNewEntry(line: BudgetLine, entryId: string): string {
  requireIdentifier(entryId, 'entryId');
  if (line.entries[entryId]) throw conflict(`Entry ${entryId} is already on line ${line.lineId}; a correction is a reversing entry, never an edit`);
  return entryId;
}
