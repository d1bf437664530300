import { DomainEvent, invalid } from '@cpp/eventsourcing';

/**
 * Break-the-glass (truy cập khẩn cấp): someone states why they must read an agency's data
 * outside their grants, for a limited time. Every read it lets through is in the access log
 * with the reason, and the head of that agency sees it.
 */
export type BreakGlassDeclared = DomainEvent<'BreakGlassDeclared', { declarationId: string; subject: string; agencyId: string; reason: string; until: string }>;

export const BREAK_GLASS_EVENT_TYPES = ['BreakGlassDeclared'] as const;
export const MAX_BREAK_GLASS_MINUTES = 240;
export const breakGlassStream = (declarationId: string) => `access-break-glass-${declarationId}`;

export interface DeclareBreakGlass {
  declarationId: string;
  subject: string;
  agencyId: string;
  reason: string;
  minutes: number;
  now: Date;
  /** Whether the agency is already inside the subject's grants (then there is no glass to break). */
  alreadyInScope: boolean;
}

export function decideBreakGlass(command: DeclareBreakGlass): BreakGlassDeclared[] {
  const reason = command.reason.trim();
  if (reason.length < 20) throw invalid('Say, in at least 20 characters, why the data must be read now');
  if (!Number.isInteger(command.minutes) || command.minutes < 1 || command.minutes > MAX_BREAK_GLASS_MINUTES) {
    throw invalid(`A break-the-glass read lasts 1 to ${MAX_BREAK_GLASS_MINUTES} minutes`);
  }
  if (command.alreadyInScope) throw invalid(`${command.agencyId} is inside your grants already: read it normally`);
  const until = new Date(command.now.getTime() + command.minutes * 60_000).toISOString();
  return [{ type: 'BreakGlassDeclared', data: { declarationId: command.declarationId, subject: command.subject, agencyId: command.agencyId, reason, until } }];
}
