import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { taskStream } from '../domain/streams';
import { taskDecider } from '../domain/task/task.decider';

/** Progress on a task; a coordinating agency's report is its contribution, seen by the lead. */
export class ReportTaskProgressCommand extends PlatformCommand<{ taskId: string; percent: number; summary: string }> {}

@CommandHandler(ReportTaskProgressCommand)
export class ReportTaskProgressHandler implements ICommandHandler<ReportTaskProgressCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester, options }: ReportTaskProgressCommand): Promise<WriteOutcome[]> {
    const stream = taskStream(payload.taskId);
    const command = { type: 'ReportTaskProgress' as const, ...payload, requester, reportedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context, options))];
  }
}
