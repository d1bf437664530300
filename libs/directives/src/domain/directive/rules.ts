import { actsFor, conflict, forbidden, hasOversight, hasRole, invalid, notFound, Requester, requireLocalDate } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { DirectiveState, RecordedDirective } from './state';

/** The steering committee and administrators act for every agency; an agency officer only for their own. */
export function requireAuthority(requester: Requester, issuingAgencyId: string, action: string): void {
  if (hasOversight(requester)) return;
  if (hasRole(requester, 'agency-officer') && actsFor(requester, issuingAgencyId)) return;
  throw forbidden(`Only officers of ${issuingAgencyId} (the issuing agency), the steering committee or an organisation administrator may ${action}`);
}

export function requireRecorded(state: DirectiveState, directiveId: string): RecordedDirective {
  if (state.status === 'none') throw notFound(`Directive ${directiveId} is not recorded`, { directiveId });
  return state;
}

/** A superseded or revoked document is history: it no longer changes and nothing more falls due under it. */
export function requireInForce(state: DirectiveState, directiveId: string): RecordedDirective {
  const directive = requireRecorded(state, directiveId);
  if (directive.status !== 'in-force')
    throw conflict(`Directive ${directiveId} is ${directive.status} and no longer changes`, { directiveId, status: directive.status });
  return directive;
}

/**
 * Every agency a document names must be in the organisation chart and must have existed on the
 * document's date: a 2019 dispatch may name an agency merged in 2025, a 2026 one may not.
 */
export function requireAgency(agencies: AgencyFact[], agencyId: string, role: string, on: string | null): void {
  const agency = agencies.find((candidate) => candidate.agencyId === agencyId);
  if (!agency) throw notFound(`Agency ${agencyId} (${role}) is not registered in the organisation chart`, { agencyId });
  if (on === null) return;
  if (agency.existsFrom > on) throw invalid(`Agency ${agencyId} (${role}) did not exist yet on ${on}; it exists from ${agency.existsFrom}`, { agencyId });
  if (agency.endedOn !== null && agency.endedOn <= on)
    throw invalid(`Agency ${agencyId} (${role}) had ceased to exist on ${agency.endedOn}, before ${on}`, { agencyId });
}

export function requireText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw invalid(`${field} must not be empty`, { field });
  return text;
}

/** A date a document may leave blank ("ngày … tháng … năm 2020"). */
export function optionalDate(value: string | null, field: string): string | null {
  return value === null ? null : requireLocalDate(value, field);
}

/** A change is recorded in the order it takes effect, so a document's history reads as one line. */
export function requireNotBefore(date: string, earliest: string | null, field: string, what: string): void {
  if (earliest !== null && date < earliest) throw invalid(`${field} ${date} is before ${what} (${earliest})`, { field, [field]: date, earliest });
}

export function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

export function requireDistinct(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw invalid(`${what} ${value} appears twice`);
    seen.add(value);
  }
}
