import { CommandContext } from '../events/command-context';
import { DomainEvent } from '../events/new-event';
import { EventStore } from '../store/event-store';
import { Decider } from './decider';
import { loadState } from './load-state';
import { WriteOutcome } from './write-outcome';

export interface StreamCommand<Command> {
  streamId: string;
  command: Command;
}

/**
 * For a command that changes several streams (a merger changes every predecessor and the
 * successor): every stream's decision is taken before anything is written, so a refusal
 * anywhere writes nothing. The appends then go stream by stream, each at the revision its
 * decision saw; the store has no cross-stream transaction (EventStoreDB has none either),
 * so a concurrent change to one of the streams between decision and append surfaces as a
 * conflict on that stream after the earlier ones were written. Order the commands so that
 * the stream whose event states the whole fact comes first.
 */
export async function decideAcrossStreams<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  commands: StreamCommand<Command>[],
  context: CommandContext,
): Promise<WriteOutcome[]> {
  const decisions = [];
  for (const { streamId, command } of commands) {
    const { state, revision } = await loadState(store, decider, streamId);
    decisions.push({ streamId, events: decider.decide(command, state), revision });
  }
  const writes: WriteOutcome[] = [];
  for (const { streamId, events, revision } of decisions) {
    if (events.length === 0) {
      writes.push({ streamId, revision: null, checkpoint: null });
      continue;
    }
    const result = await store.append(streamId, events.map((event) => ({ type: event.type, data: event.data })), revision, context);
    writes.push({ streamId, revision: result.nextExpectedRevision, checkpoint: result.checkpoint });
  }
  return writes;
}
