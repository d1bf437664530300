import { CommandOutcome, DomainEvent, WriteOutcome } from '@cpp/eventsourcing';

export function writeOutcome(streamId: string, outcome: CommandOutcome<DomainEvent, unknown>): WriteOutcome[] {
  return [{ streamId, revision: outcome.result?.nextExpectedRevision ?? null, checkpoint: outcome.result?.checkpoint ?? null }];
}
