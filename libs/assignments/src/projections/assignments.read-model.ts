import { Injectable } from '@nestjs/common';
import { Clock, invalid, localDateAt, notFound } from '@cpp/eventsourcing';
import { Obligation } from '../domain/obligation/state';
import { Task } from '../domain/task/state';
import { AgencyDirectory } from './agency-directory.queries';
import { AsOfReplay } from './as-of-replay';
import { ComplianceRow, complianceTable } from './compliance';
import { byDueDate, matchesFilter, ObligationFilter } from './obligation-filter';
import { ObligationQueries } from './obligations.queries';
import { TaskQueries } from './tasks.queries';
import { TaskTree } from './task-tree';

/** An answer and the local date its statuses were judged on. */
export interface Judged<T> {
  today: string;
  value: T;
}

export interface ComplianceFilter {
  agencyId: string | null;
  jurisdictionUnitId: string | null;
  directiveId: string | null;
  year: number | null;
}

/**
 * Every question the API asks of this context, answered now from the read models, or at a
 * past instant from the log (`asOf`). Statuses such as due soon and overdue are judged on
 * the local date of the moment asked about: today, or the as-of instant.
 */
@Injectable()
export class AssignmentsReadModel {
  constructor(
    private readonly obligationQueries: ObligationQueries,
    private readonly taskQueries: TaskQueries,
    private readonly directory: AgencyDirectory,
    private readonly replay: AsOfReplay,
    private readonly clock: Clock,
  ) {}

  async obligations(filter: ObligationFilter, asOf: Date | null): Promise<Judged<Obligation[]>> {
    await this.requireAgency(filter.agencyId);
    if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) throw invalid(`dueFrom ${filter.dueFrom} is after dueTo ${filter.dueTo}`);
    const today = this.todayAt(asOf);
    if (!asOf) return { today, value: await this.obligationQueries.forAgency(filter, today) };
    const { obligations } = await this.replay.snapshot(asOf);
    return { today, value: obligations.filter((obligation) => matchesFilter(obligation, filter, today)).sort(byDueDate) };
  }

  async obligation(obligationId: string, asOf: Date | null): Promise<Judged<Obligation>> {
    const obligation = asOf ? (await this.replay.snapshot(asOf)).obligations.find((o) => o.obligationId === obligationId) : await this.obligationQueries.byId(obligationId);
    if (!obligation) throw notFound(`No obligation ${obligationId}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    return { today: this.todayAt(asOf), value: obligation };
  }

  /** The task and the whole cascade of its directive, so that parents and children resolve. */
  async task(taskId: string, asOf: Date | null): Promise<{ task: Task; tree: TaskTree }> {
    if (asOf) {
      const { tasks } = await this.replay.snapshot(asOf);
      const task = tasks.find((candidate) => candidate.taskId === taskId);
      if (!task) throw notFound(`No task ${taskId} as of ${asOf.toISOString()}`);
      return { task, tree: new TaskTree(tasks.filter((candidate) => candidate.directiveId === task.directiveId)) };
    }
    const task = await this.taskQueries.byId(taskId);
    if (!task) throw notFound(`No task ${taskId}`);
    return { task, tree: new TaskTree(await this.taskQueries.ofDirective(task.directiveId)) };
  }

  async directiveTasks(directiveId: string, asOf: Date | null): Promise<TaskTree> {
    const tasks = asOf ? (await this.replay.snapshot(asOf)).tasks.filter((task) => task.directiveId === directiveId) : await this.taskQueries.ofDirective(directiveId);
    if (tasks.length === 0) throw notFound(`No tasks have been assigned from directive ${directiveId}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    return new TaskTree(tasks);
  }

  /** An agency's tasks, each within its directive's cascade. */
  async agencyTasks(agencyId: string, asOf: Date | null): Promise<{ task: Task; tree: TaskTree }[]> {
    await this.requireAgency(agencyId);
    const all = asOf ? (await this.replay.snapshot(asOf)).tasks : null;
    const own = all ? all.filter((task) => task.assigneeAgencyId === agencyId) : await this.taskQueries.ofAgency(agencyId);
    const trees = new Map<string, TaskTree>();
    for (const directiveId of new Set(own.map((task) => task.directiveId))) {
      trees.set(directiveId, new TaskTree(all ? all.filter((task) => task.directiveId === directiveId) : await this.taskQueries.ofDirective(directiveId)));
    }
    return own.map((task) => ({ task, tree: trees.get(task.directiveId)! }));
  }

  async compliance(filter: ComplianceFilter, asOf: Date | null): Promise<Judged<ComplianceRow[]>> {
    let agencyIds: string[] | null = null;
    if (filter.agencyId) {
      await this.requireAgency(filter.agencyId);
      agencyIds = [filter.agencyId];
    }
    if (filter.jurisdictionUnitId) {
      if (!(await this.directory.unitExists(filter.jurisdictionUnitId))) throw notFound(`No administrative unit ${filter.jurisdictionUnitId}`);
      const within = await this.directory.agenciesWithin(filter.jurisdictionUnitId);
      agencyIds = agencyIds ? agencyIds.filter((id) => within.includes(id)) : within;
    }
    const today = this.todayAt(asOf);
    const scope = { agencyIds, directiveId: filter.directiveId, year: filter.year };
    const reports = asOf
      ? (await this.replay.snapshot(asOf)).obligations.filter(
          (o) =>
            (!scope.agencyIds || scope.agencyIds.includes(o.assigneeAgencyId)) &&
            (!scope.directiveId || o.source.directiveId === scope.directiveId) &&
            (scope.year === null || o.period?.year === scope.year),
        )
      : await this.obligationQueries.reports(scope);
    return { today, value: complianceTable(reports, today) };
  }

  private todayAt(asOf: Date | null): string {
    return localDateAt(asOf ?? this.clock.now());
  }

  private async requireAgency(agencyId: string): Promise<void> {
    if (!(await this.directory.agency(agencyId))) throw notFound(`No agency ${agencyId}`);
  }
}
