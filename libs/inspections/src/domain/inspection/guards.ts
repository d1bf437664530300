import { conflict, forbidden, invalid, isLocalDate, notFound } from '@cpp/eventsourcing';
import { Requester } from '../facts';
import { ActiveInspection, InspectionState } from './inspection.state';

const SLUG = /^[a-z0-9][a-z0-9-]{1,99}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export function requireSlug(value: string, field: string): void {
  if (!SLUG.test(value)) throw invalid(`${field} "${value}" must be lower-case letters, digits and dashes (2 to 100 characters)`, { field });
}

export function requireLocalDate(value: string, field: string): void {
  if (!isLocalDate(value)) throw invalid(`${field} must be a date written YYYY-MM-DD, got "${value}"`, { field });
}

/** Trimmed text that says something, within a length a form can hold. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw invalid(`${field} must not be empty`, { field });
  if (text.length > max) throw invalid(`${field} is longer than ${max} characters`, { field });
  return text;
}

export function requireOneOf<T extends string>(value: T, allowed: readonly T[], field: string): void {
  if (!allowed.includes(value)) throw invalid(`${field} "${value}" is not one of: ${allowed.join(', ')}`, { field });
}

/** Facts of one inspection follow each other in time: a later step dated before an earlier one is a typo. */
export function requireNotBefore(date: string, field: string, earliest: string, earlierStep: string): void {
  requireLocalDate(date, field);
  if (date < earliest) throw invalid(`${field} ${date} is before ${earlierStep} (${earliest})`, { field });
}

export function requireContentHash(value: string, field: string): string {
  const hash = value.trim().toLowerCase();
  if (!SHA256_HEX.test(hash)) throw invalid(`${field} must be the file's SHA-256 in hex (64 characters)`, { field });
  return hash;
}

export function requireDistinct(values: string[], field: string): void {
  if (new Set(values).size !== values.length) throw invalid(`${field} names the same id twice`, { field });
}

export function requireInspection(state: InspectionState, inspectionId: string): ActiveInspection {
  if (state.status === 'none') throw notFound(`Inspection ${inspectionId} is not planned`);
  return state;
}

export function isTeamMember(state: ActiveInspection, by: Requester): boolean {
  return state.members.some((member) => member.subject === by.subject);
}

/** Only the team named in the plan speaks for the inspection. */
export function requireTeamMember(state: ActiveInspection, by: Requester, action: string): void {
  if (!isTeamMember(state, by)) throw forbidden(`Only members of inspection ${state.inspectionId}'s team may ${action}`);
}

/** Findings and recommendations are open from the visit until the conclusion is appraised. */
export function requireFieldworkOpen(state: ActiveInspection, action: string): string {
  if (state.status === 'planned' || state.startedOn === null) throw conflict(`Inspection ${state.inspectionId} has not started; cannot ${action}`);
  if (state.conclusion.status === 'appraised' || state.conclusion.status === 'issued') {
    throw conflict(`The conclusion of inspection ${state.inspectionId} is already ${state.conclusion.status}; cannot ${action}`);
  }
  return state.startedOn;
}
