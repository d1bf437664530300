import { Injectable } from '@nestjs/common';
import { Clock, invalid, localDateAt, notFound } from '@cpp/eventsourcing';
import { Obligation } from '../domain/obligation/state';
import { Task } from '../domain/task/state';
import { AgencyDirectory } from './agency-directory.queries';
import { ComplianceRow, complianceRows, complianceTable } from './compliance';
import { ObligationFilter } from './obligation-filter';
import { ListedObligation } from './obligation-listing';
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
 * past instant from the versions known then (`asOf`: the recorded-interval tables; the log
 * replay in as-of-replay.ts is the reference they are tested against). Statuses such as due soon and overdue are judged on
 * the local date of the moment asked about: today, or the as-of instant.
 */
@Injectable()
export class AssignmentsReadModel {
  constructor(
    private readonly obligationQueries: ObligationQueries,
    private readonly taskQueries: TaskQueries,
    private readonly directory: AgencyDirectory,
    private readonly clock: Clock,
  ) {}

  /**
   * An agency's obligations; their history (source, submissions, deadline changes, reassignments)
   * only `withHistory`. Rows owed by the agency prove it exists, so the agency is checked only
   * when the answer is empty (and then mostly from the directory's memory): a read is the main
   * query's one round trip, and an unknown agency still gets a clear not-found.
   */
  async obligations(filter: ObligationFilter, asOf: Date | null, withHistory = false): Promise<Judged<ListedObligation[]>> {
    if (filter.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) {
      await this.requireAgency(filter.agencyId);
      throw invalid(`dueFrom ${filter.dueFrom} is after dueTo ${filter.dueTo}`);
    }
    const today = this.todayAt(asOf);
    const value = await this.obligationQueries.forAgency(filter, today, asOf, withHistory);
    if (value.length === 0) await this.requireAgency(filter.agencyId);
    return { today, value };
  }

  async obligation(obligationId: string, asOf: Date | null): Promise<Judged<Obligation>> {
    const obligation = await this.obligationQueries.byId(obligationId, asOf);
    if (!obligation) throw notFound(`No obligation ${obligationId}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    return { today: this.todayAt(asOf), value: obligation };
  }

  /** The task and the whole cascade of its directive, so that parents and children resolve. */
  async task(taskId: string, asOf: Date | null): Promise<{ task: Task; tree: TaskTree }> {
    const task = await this.taskQueries.byId(taskId, asOf);
    if (!task) throw notFound(`No task ${taskId}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    return { task, tree: new TaskTree(await this.taskQueries.ofDirective(task.directiveId, asOf)) };
  }

  async directiveTasks(directiveId: string, asOf: Date | null): Promise<TaskTree> {
    const tasks = await this.taskQueries.ofDirective(directiveId, asOf);
    if (tasks.length === 0) throw notFound(`No tasks have been assigned from directive ${directiveId}${asOf ? ` as of ${asOf.toISOString()}` : ''}`);
    return new TaskTree(tasks);
  }

  /** An agency's tasks, each within its directive's cascade. */
  async agencyTasks(agencyId: string, asOf: Date | null): Promise<{ task: Task; tree: TaskTree }[]> {
    await this.requireAgency(agencyId);
    const own = await this.taskQueries.ofAgency(agencyId, asOf);
    const trees = new Map<string, TaskTree>();
    for (const directiveId of new Set(own.map((task) => task.directiveId))) {
      trees.set(directiveId, new TaskTree(await this.taskQueries.ofDirective(directiveId, asOf)));
    }
    return own.map((task) => ({ task, tree: trees.get(task.directiveId)! }));
  }

  /** Now, tallied in one statement (obligations.queries.ts); as of an instant, folded from the versions known then. */
  async compliance(filter: ComplianceFilter, asOf: Date | null): Promise<Judged<ComplianceRow[]>> {
    if (filter.agencyId) await this.requireAgency(filter.agencyId);
    const today = this.todayAt(asOf);
    const unitMissing = () => notFound(`No administrative unit ${filter.jurisdictionUnitId}`);
    if (!asOf) {
      const scope = { agencyId: filter.agencyId, unitId: filter.jurisdictionUnitId, directiveId: filter.directiveId, year: filter.year };
      const { unitFound, tallies } = await this.obligationQueries.complianceTally(scope, today);
      if (!unitFound) throw unitMissing();
      return { today, value: complianceRows(tallies) };
    }
    let agencyIds = filter.agencyId ? [filter.agencyId] : null;
    if (filter.jurisdictionUnitId) {
      if (!(await this.directory.unitExists(filter.jurisdictionUnitId))) throw unitMissing();
      const within = await this.directory.agenciesWithin(filter.jurisdictionUnitId);
      agencyIds = agencyIds ? agencyIds.filter((id) => within.includes(id)) : within;
    }
    const reports = await this.obligationQueries.reportsAsOf({ agencyIds, directiveId: filter.directiveId, year: filter.year }, asOf);
    return { today, value: complianceTable(reports, today) };
  }

  private todayAt(asOf: Date | null): string {
    return localDateAt(asOf ?? this.clock.now());
  }

  private async requireAgency(agencyId: string): Promise<void> {
    if (!(await this.directory.exists(agencyId))) throw notFound(`No agency ${agencyId}`);
  }
}
