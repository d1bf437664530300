import { StateCache } from '@cpp/eventsourcing';
import { CommandBus } from '@nestjs/cqrs';
import { ReportTaskProgressCommand } from '@cpp/assignments';
import { InboundHandler } from '@cpp/messaging';

/** Progress on a task, as the agency's officer would report it through GraphQL. */
export const progressReported =
  (commands: CommandBus, cache: StateCache): InboundHandler<'progressReported'> =>
  async (payload, context) => {
    await commands.execute(
      new ReportTaskProgressCommand({ taskId: payload.taskId, percent: payload.percentComplete, summary: payload.summary }, context.command, undefined, {
        eventId: context.eventId,
        cache,
      }),
    );
  };
