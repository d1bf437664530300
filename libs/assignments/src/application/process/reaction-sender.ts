import { Inject, Injectable } from '@nestjs/common';
import { CommandContext, DomainError, EventStore, handleCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../../domain/obligation/obligation.decider';
import { DirectivePlanCommand } from '../../domain/plan/commands';
import { directivePlanDecider } from '../../domain/plan/directive-plan.decider';
import { DirectivePlan } from '../../domain/plan/state';
import { ReactionCommand } from '../../domain/policies/reaction-command';
import { obligationStream, planStream, taskStream } from '../../domain/streams';
import { taskDecider } from '../../domain/task/task.decider';
import { CommandRefused } from './command-refused';

/**
 * Sends the commands a policy returned, in order, each to its own stream. Every one is
 * idempotent in its decider, so a redelivered cause changes nothing.
 */
@Injectable()
export class ReactionSender {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async send(commands: ReactionCommand[], context: CommandContext): Promise<WriteOutcome[]> {
    const writes: WriteOutcome[] = [];
    for (const command of commands) writes.push(await this.refusable(command.command.type, () => this.write(command, context)));
    return writes;
  }

  /** Records on a directive's plan and answers the plan as it now stands: the next policy derives from it. */
  async recordPlan(command: DirectivePlanCommand, context: CommandContext): Promise<DirectivePlan> {
    const { state } = await this.refusable(command.type, () =>
      handleCommand(this.store, directivePlanDecider, planStream(command.directiveId), command, context),
    );
    if (state.status === 'none') throw new Error(`Directive plan ${command.directiveId} was not recorded`);
    return state;
  }

  private async write({ aggregate, command }: ReactionCommand, context: CommandContext): Promise<WriteOutcome> {
    switch (aggregate) {
      case 'obligation': {
        const stream = obligationStream(command.type === 'OpenObligation' ? command.spec.obligationId : command.obligationId);
        return writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context));
      }
      case 'task': {
        const stream = taskStream(command.type === 'AssignTask' ? command.spec.taskId : command.taskId);
        return writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context));
      }
    }
  }

  private async refusable<T>(command: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw error instanceof DomainError ? new CommandRefused(command, error) : error;
    }
  }
}
