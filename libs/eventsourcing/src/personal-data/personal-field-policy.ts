import { invalid } from '../decider/domain-error';
import { requireLocalDate } from '../clock/local-date';

/**
 * Why a personal field is held and for how long (Personal Data Protection Law 91/2025/QH15:
 * a stated purpose, kept no longer than it needs). Past `retainUntil` the retention
 * monitor erases it by itself.
 */
export interface PersonalFieldPolicy {
  field: string;
  purpose: string;
  retentionDays: number;
}

export function requirePolicies(policies: PersonalFieldPolicy[]): PersonalFieldPolicy[] {
  if (policies.length === 0) throw invalid('A data subject needs at least one personal field');
  const fields = new Set<string>();
  for (const policy of policies) {
    if (!policy.field.trim()) throw invalid('A personal field needs a name');
    if (!policy.purpose.trim()) throw invalid(`Personal field ${policy.field} needs a purpose`);
    if (!Number.isInteger(policy.retentionDays) || policy.retentionDays < 1)
      throw invalid(`Personal field ${policy.field} needs a retention period of at least one day`);
    if (fields.has(policy.field)) throw invalid(`Personal field ${policy.field} is declared twice`);
    fields.add(policy.field);
  }
  return policies;
}

/** The last day a field sealed on `from` may be kept. */
export function retainUntil(policy: PersonalFieldPolicy, from: string): string {
  requireLocalDate(from, 'from');
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + policy.retentionDays);
  return date.toISOString().slice(0, 10);
}
