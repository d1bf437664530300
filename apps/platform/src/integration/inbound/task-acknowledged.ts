import { StateCache } from '@cpp/eventsourcing';
import { CommandBus } from '@nestjs/cqrs';
import { AcknowledgeTaskCommand } from '@cpp/assignments';
import { InboundHandler } from '@cpp/messaging';

/** The agency has received its task (tiếp nhận); acknowledging twice changes nothing. */
export const taskAcknowledged =
  (commands: CommandBus, cache: StateCache): InboundHandler<'taskAcknowledged'> =>
  async (payload, context) => {
    await commands.execute(new AcknowledgeTaskCommand({ taskId: payload.taskId }, context.command, undefined, { eventId: context.eventId, cache }));
  };
