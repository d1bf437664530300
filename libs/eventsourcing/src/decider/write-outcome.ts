import { Checkpoint } from '../events/recorded-event';
import { DomainEvent } from '../events/new-event';
import type { CommandOutcome } from './handle-command';

/** What a command wrote to one stream: the receipt a mutation answers is built from these. */
export interface WriteOutcome {
  streamId: string;
  revision: number | null;
  checkpoint: Checkpoint | null;
}

export function writeOutcome(streamId: string, outcome: CommandOutcome<DomainEvent, unknown>): WriteOutcome {
  return { streamId, revision: outcome.result?.nextExpectedRevision ?? null, checkpoint: outcome.result?.checkpoint ?? null };
}
