import { Clock, CommandContext, CommandOptions, EventStore, handleCommand, localDateAt, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { InspectionCommand } from '../domain/inspection/commands';
import { inspectionDecider } from '../domain/inspection/inspection.decider';
import { inspectionStream } from '../domain/streams';

/** Every inspection command goes to its inspection's stream through the one decider. */
export async function decideOnInspection(
  store: EventStore,
  command: InspectionCommand,
  context: CommandContext,
  options: CommandOptions = {},
): Promise<WriteOutcome[]> {
  const streamId = inspectionStream(command.inspectionId);
  return [writeOutcome(streamId, await handleCommand(store, inspectionDecider, streamId, command, context, options))];
}

/** A step's date when the client leaves it out: today in Vietnam. */
export function dateOrToday(date: string | null | undefined, clock: Clock): string {
  return date ?? localDateAt(clock.now());
}
