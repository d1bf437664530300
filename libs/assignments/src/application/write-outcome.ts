import { CommandContext, CommandOutcome, DomainEvent, WriteOutcome } from '@cpp/eventsourcing';
import { Requester } from '../domain/requester';

export function writeOutcome(streamId: string, outcome: CommandOutcome<DomainEvent, unknown>): WriteOutcome {
  return { streamId, revision: outcome.result?.nextExpectedRevision ?? null, checkpoint: outcome.result?.checkpoint ?? null };
}

/** Without an authenticated actor (agency systems over Kafka), the context's agency is all the authority there is. */
export const requesterOf = (context: CommandContext): Requester => ({ agencyId: context.agency, roles: [] });
