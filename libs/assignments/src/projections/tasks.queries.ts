import { Inject, Injectable } from '@nestjs/common';
import { knownAtSql, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Task } from '../domain/task/state';
import { parse } from './obligations.projection';

const CLOSED = `('completed', 'withdrawn', 'superseded', 'cancelled')`;

/** Reads the tasks read model; with `asOf`, the versions known at that instant (assignments_task_versions). */
@Injectable()
export class TaskQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async byId(taskId: string, asOf: Date | null = null): Promise<Task | null> {
    const [task] = await this.select('task_id = $1', [taskId], asOf);
    return task ?? null;
  }

  /** The whole cascade of a directive: its assignments and everything delegated from them. */
  async ofDirective(directiveId: string, asOf: Date | null = null): Promise<Task[]> {
    return this.select('directive_id = $1', [directiveId], asOf);
  }

  async ofAgency(agencyId: string, asOf: Date | null = null): Promise<Task[]> {
    return this.select('assignee_agency_id = $1', [agencyId], asOf);
  }

  async openOf(agencyId: string): Promise<Task[]> {
    return this.select(`assignee_agency_id = $1 AND status NOT IN ${CLOSED}`, [agencyId]);
  }

  private async select(where: string, params: unknown[], asOf: Date | null = null): Promise<Task[]> {
    const result = asOf
      ? await this.sql.query<{ state: Task | string }>(
          `SELECT state FROM assignments_task_versions WHERE ${where} AND ${knownAtSql(`$${params.length + 1}::timestamptz`)} ORDER BY task_id`,
          [...params, asOf.toISOString()],
        )
      : await this.sql.query<{ state: Task | string }>(`SELECT state FROM assignments_tasks WHERE ${where} ORDER BY task_id`, params);
    return result.rows.map((row) => parse(row.state));
  }
}
