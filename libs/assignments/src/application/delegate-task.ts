import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, decideAcrossStreams, EventStore, loadState, localDateAt, StreamCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/requester';
import { delegatedTaskId, taskStream } from '../domain/streams';
import { TaskCommand, taskDecider } from '../domain/task/task.decider';
import { AgencyDirectory } from '../projections/agency-directory.queries';
import { requesterOf } from './write-outcome';

export interface DelegateTaskInput {
  taskId: string;
  toAgencyId: string;
  text: string;
  dueDate: string | null;
}

/** Hands a task down to an agency inside the delegating agency's jurisdiction; the child keeps its parent. */
export class DelegateTask {
  constructor(
    readonly input: DelegateTaskInput,
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
  ) {}
}

@CommandHandler(DelegateTask)
export class DelegateTaskHandler implements ICommandHandler<DelegateTask, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  /** The parent records the delegation first: it is the fact the cascade is read from. */
  async execute({ input, context, requester }: DelegateTask): Promise<WriteOutcome[]> {
    const today = localDateAt(this.clock.now());
    const { state: parent } = await loadState(this.store, taskDecider, taskStream(input.taskId));
    const childTaskId = delegatedTaskId(input.taskId, input.toAgencyId);
    const delegator = parent.status === 'none' ? null : await this.directory.agencyFact(parent.assigneeAgencyId);
    const target = await this.directory.agencyFact(input.toAgencyId);
    const commands: StreamCommand<TaskCommand>[] = [
      { streamId: taskStream(input.taskId), command: { type: 'DelegateTask', ...input, requester, childTaskId, delegator, target, today } },
    ];
    if (parent.status !== 'none') {
      const { directiveId, directiveTaskId, section, documentNumber, documentSubject, assigneeAgencyId } = parent;
      commands.push({
        streamId: taskStream(childTaskId),
        command: {
          type: 'AssignTask',
          spec: {
            taskId: childTaskId,
            directiveId,
            directiveTaskId,
            section,
            text: input.text.trim(),
            documentNumber,
            documentSubject,
            role: 'delegated',
            assigneeAgencyId: input.toAgencyId,
            assignedByAgencyId: assigneeAgencyId,
            parentTaskId: input.taskId,
            leadTaskId: null,
            dueDate: input.dueDate,
          },
          assignedOn: today,
        },
      });
    }
    return decideAcrossStreams(this.store, taskDecider, commands, context);
  }
}
