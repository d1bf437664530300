import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { taskStream } from '../domain/streams';
import { taskDecider } from '../domain/task/task.decider';

/** The agency confirms it has received the task (tiếp nhận). */
export class AcknowledgeTaskCommand extends PlatformCommand<{ taskId: string }> {}

@CommandHandler(AcknowledgeTaskCommand)
export class AcknowledgeTaskHandler implements ICommandHandler<AcknowledgeTaskCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester, options }: AcknowledgeTaskCommand): Promise<WriteOutcome[]> {
    const stream = taskStream(payload.taskId);
    const command = { type: 'AcknowledgeTask' as const, taskId: payload.taskId, requester, acknowledgedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context, options))];
  }
}
