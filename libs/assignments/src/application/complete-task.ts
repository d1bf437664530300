import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/requester';
import { taskStream } from '../domain/streams';
import { taskDecider } from '../domain/task/task.decider';
import { requesterOf, writeOutcome } from './write-outcome';

/** Done; a task with a due date meets its obligation (on time or late) by this. */
export class CompleteTask {
  constructor(
    readonly input: { taskId: string; summary: string | null },
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
  ) {}
}

@CommandHandler(CompleteTask)
export class CompleteTaskHandler implements ICommandHandler<CompleteTask, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context, requester }: CompleteTask): Promise<WriteOutcome[]> {
    const stream = taskStream(input.taskId);
    const command = { type: 'CompleteTask' as const, ...input, requester, completedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context))];
  }
}
