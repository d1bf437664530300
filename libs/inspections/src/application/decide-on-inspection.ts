import { Clock, CommandContext, EventStore, handleCommand, HandleCommandOptions, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { InspectionCommand } from '../domain/inspection/inspection.commands';
import { inspectionDecider } from '../domain/inspection/inspection.decider';
import { inspectionStream } from '../domain/streams';

/** Every inspection command goes to its inspection's stream through the one decider. */
export async function decideOnInspection(
  store: EventStore,
  command: InspectionCommand,
  context: CommandContext,
  options: Pick<HandleCommandOptions, 'eventId'> = {},
): Promise<WriteOutcome[]> {
  const streamId = inspectionStream(command.inspectionId);
  const outcome = await handleCommand(store, inspectionDecider, streamId, command, context, options);
  return [{ streamId, revision: outcome.result?.nextExpectedRevision ?? null, checkpoint: outcome.result?.checkpoint ?? null }];
}

/** A step's date when the client leaves it out: today in Vietnam. */
export function dateOrToday(date: string | null | undefined, clock: Clock): string {
  return date ?? localDateAt(clock.now());
}
