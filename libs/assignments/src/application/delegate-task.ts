import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, decideAcrossStreams, EventStore, loadState, localDateAt, PlatformCommand, StreamCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '@cpp/organizations';
import { delegatedTaskId, taskStream } from '../domain/streams';
import { AgencyInJurisdiction, TaskCommand } from '../domain/task/commands';
import { taskDecider } from '../domain/task/task.decider';
import { AgencyDirectory } from '../projections/agency-directory.queries';

export interface DelegateTaskPayload {
  taskId: string;
  toAgencyId: string;
  text: string;
  dueDate: string | null;
}

/** Hands a task down to an agency inside the delegating agency's jurisdiction; the child keeps its parent. */
export class DelegateTaskCommand extends PlatformCommand<DelegateTaskPayload> {}

@CommandHandler(DelegateTaskCommand)
export class DelegateTaskHandler implements ICommandHandler<DelegateTaskCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  /** The parent records the delegation first: it is the fact the cascade is read from. */
  async execute({ payload: input, context, requester }: DelegateTaskCommand): Promise<WriteOutcome[]> {
    const today = localDateAt(this.clock.now());
    const { state: parent } = await loadState(this.store, taskDecider, taskStream(input.taskId));
    const childTaskId = delegatedTaskId(input.taskId, input.toAgencyId);
    const delegator = parent.status === 'none' ? null : await this.agency(parent.assigneeAgencyId);
    const target = await this.agency(input.toAgencyId);
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

  /** The organisation chart's own fact, with the units above it as this context's directory knows them. */
  private async agency(agencyId: string): Promise<AgencyInJurisdiction | null> {
    const fact = await findAgencyFact(this.store, agencyId);
    return fact && { ...fact, unitPath: await this.directory.unitPath(fact.unitId) };
  }
}
