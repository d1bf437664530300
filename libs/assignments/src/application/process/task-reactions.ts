import { Injectable } from '@nestjs/common';
import { CommandContext, RecordedEvent } from '@cpp/eventsourcing';
import { followTaskDeadline } from '../../domain/policies/task-deadline.policy';
import { taskObligationId } from '../../domain/streams';
import { TaskEvent } from '../../domain/task/events';
import { ReactionFacts } from './reaction-facts';
import { ReactionSender } from './reaction-sender';

/** Follows this context's own tasks: a task's deadline is an obligation too. */
@Injectable()
export class TaskReactions {
  constructor(
    private readonly facts: ReactionFacts,
    private readonly sender: ReactionSender,
  ) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as TaskEvent;
    const { taskId } = event.data;
    const [task, obligationOpened, former] = [
      await this.facts.task(taskId),
      await this.facts.obligationOpened(taskObligationId(taskId)),
      await this.facts.formerAgencies(),
    ];
    await this.sender.send(followTaskDeadline(event, { task, obligationOpened, former }), context);
  }
}
