import { CommandContext } from '../events/command-context';
import { DomainEvent } from '../events/new-event';
import { EventStore } from '../store/event-store';
import { validateAppend } from '../store/validate-append';
import { Decider } from './decider';
import { invalid } from './domain-error';
import { loadState } from './load-state';
import { WriteOutcome } from './write-outcome';

export interface StreamCommand<Command> {
  streamId: string;
  command: Command;
}

/**
 * For a command that changes several streams (a merger changes every predecessor and the
 * successor): every stream's decision is taken before anything is written, so a refusal
 * anywhere writes nothing. So is every append checked before the first one goes: an event the
 * store would refuse on the second stream cannot leave the first one written. A stream named
 * twice (one unit listed twice in a merger) is refused as input: both decisions
 * would be taken at the same revision and the second append would lose to the first.
 * The appends then go stream by stream, each at the revision its decision saw; the store has
 * no cross-stream transaction (EventStoreDB has none either), so only a concurrent change to
 * one of the streams between decision and append can surface as a conflict after the earlier
 * ones were written. Order the commands so that the stream whose event states the whole fact
 * comes first.
 */
export async function decideAcrossStreams<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  commands: StreamCommand<Command>[],
  context: CommandContext,
): Promise<WriteOutcome[]> {
  const named = new Set<string>();
  for (const { streamId } of commands) {
    if (named.has(streamId)) throw invalid(`The command names ${streamId} twice`, { streamId });
    named.add(streamId);
  }
  const decisions = [];
  for (const { streamId, command } of commands) {
    const { state, revision } = await loadState(store, decider, streamId);
    decisions.push({ streamId, events: decider.decide(command, state), revision });
  }
  const appends = decisions.map(({ streamId, events, revision }) => ({
    streamId,
    revision,
    events: events.map((event) => ({ type: event.type, data: event.data })),
  }));
  for (const { streamId, events, revision } of appends) if (events.length > 0) validateAppend(streamId, events, revision, context);
  const writes: WriteOutcome[] = [];
  for (const { streamId, events, revision } of appends) {
    if (events.length === 0) {
      writes.push({ streamId, revision: null, checkpoint: null });
      continue;
    }
    const result = await store.append(streamId, events, revision, context);
    writes.push({ streamId, revision: result.nextExpectedRevision, checkpoint: result.checkpoint });
  }
  return writes;
}
