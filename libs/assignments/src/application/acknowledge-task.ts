import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, HandleCommandOptions, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/requester';
import { taskStream } from '../domain/streams';
import { taskDecider } from '../domain/task/task.decider';
import { requesterOf, writeOutcome } from './write-outcome';

/** The agency confirms it has received the task (tiếp nhận). */
export class AcknowledgeTask {
  constructor(
    readonly input: { taskId: string },
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
    /** Ids derived from what caused the command (an agency message), so a redelivery writes nothing. */
    readonly eventIds: Pick<HandleCommandOptions, 'eventId'> = {},
  ) {}
}

@CommandHandler(AcknowledgeTask)
export class AcknowledgeTaskHandler implements ICommandHandler<AcknowledgeTask, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context, requester, eventIds }: AcknowledgeTask): Promise<WriteOutcome[]> {
    const stream = taskStream(input.taskId);
    const command = { type: 'AcknowledgeTask' as const, taskId: input.taskId, requester, acknowledgedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context, eventIds))];
  }
}
