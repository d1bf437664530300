import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { taskStream } from '../domain/streams';
import { taskDecider } from '../domain/task/task.decider';

/** Done; a task with a due date meets its obligation (on time or late) by this. */
export class CompleteTaskCommand extends PlatformCommand<{ taskId: string; summary: string | null }> {}

@CommandHandler(CompleteTaskCommand)
export class CompleteTaskHandler implements ICommandHandler<CompleteTaskCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester, options }: CompleteTaskCommand): Promise<WriteOutcome[]> {
    const stream = taskStream(payload.taskId);
    const command = { type: 'CompleteTask' as const, ...payload, requester, completedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context, options))];
  }
}
