import { Inject, Injectable } from '@nestjs/common';
import { EventStore, loadState } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../../domain/obligation/obligation.decider';
import { directivePlanDecider } from '../../domain/plan/directive-plan.decider';
import { taskAssignments } from '../../domain/plan/plan-derivations';
import { DirectivePlanState } from '../../domain/plan/state';
import { OpenWork } from '../../domain/policies/merger-hand-over.policy';
import { FormerAgencies } from '../../domain/policies/succession.policy';
import { TaskCascades } from '../../domain/policies/task-cascade';
import { obligationStream, planStream, taskStream } from '../../domain/streams';
import { Task } from '../../domain/task/state';
import { taskDecider } from '../../domain/task/task.decider';
import { AgencyDirectory } from '../../projections/agency-directory.queries';
import { obligationsProjection } from '../../projections/obligations.projection';
import { ObligationQueries } from '../../projections/obligations.queries';
import { tasksProjection } from '../../projections/tasks.projection';
import { TaskQueries } from '../../projections/tasks.queries';
import { ReadModelBarrier } from '../read-model-barrier';

/** What the policies judge, fetched from this context's own streams and read models; no rule is applied here. */
@Injectable()
export class ReactionFacts {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
    private readonly barrier: ReadModelBarrier,
    private readonly obligations: ObligationQueries,
    private readonly tasks: TaskQueries,
  ) {}

  formerAgencies(): Promise<FormerAgencies> {
    return this.directory.formerAgencies();
  }

  async plan(directiveId: string): Promise<DirectivePlanState> {
    return (await loadState(this.store, directivePlanDecider, planStream(directiveId))).state;
  }

  async task(taskId: string): Promise<Task | null> {
    const { state } = await loadState(this.store, taskDecider, taskStream(taskId));
    return state.status === 'none' ? null : state;
  }

  async obligationOpened(obligationId: string): Promise<boolean> {
    return (await loadState(this.store, obligationDecider, obligationStream(obligationId))).state.status !== 'none';
  }

  /** The cascade below every assignment of the plan, from the tasks' own streams. */
  async cascadesOf(plan: DirectivePlanState): Promise<TaskCascades> {
    const cascades = new Map<string, string[]>();
    if (plan.status === 'none') return cascades;
    for (const task of plan.tasks) for (const { taskId } of taskAssignments(plan, task)) cascades.set(taskId, await this.cascade(taskId));
    return cascades;
  }

  /** Open work of an agency, once the read models include every fact recorded so far. */
  async openWorkOf(agencyId: string): Promise<OpenWork> {
    await this.barrier.reach([obligationsProjection.name, tasksProjection.name], await this.store.headCheckpoint());
    const obligationIds = (await this.obligations.openOf(agencyId)).map((obligation) => obligation.obligationId);
    const taskIds = (await this.tasks.openOf(agencyId)).map((task) => task.taskId);
    return { obligationIds, taskIds };
  }

  private async cascade(taskId: string): Promise<string[]> {
    const task = await this.task(taskId);
    const below = [];
    for (const child of task?.children ?? []) below.push(...(await this.cascade(child.taskId)));
    return [taskId, ...below];
  }
}
