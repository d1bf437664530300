import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Task } from '../domain/task/state';
import { parse } from './obligations.projection';

const CLOSED = `('completed', 'withdrawn', 'superseded', 'cancelled')`;

@Injectable()
export class TaskQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async byId(taskId: string): Promise<Task | null> {
    const result = await this.sql.query<{ state: Task | string }>('SELECT state FROM assignments_tasks WHERE task_id = $1', [taskId]);
    return result.rows.length ? parse(result.rows[0].state) : null;
  }

  /** The whole cascade of a directive: its assignments and everything delegated from them. */
  async ofDirective(directiveId: string): Promise<Task[]> {
    return this.select('directive_id = $1', [directiveId]);
  }

  async ofAgency(agencyId: string): Promise<Task[]> {
    return this.select('assignee_agency_id = $1', [agencyId]);
  }

  async openOf(agencyId: string): Promise<Task[]> {
    return this.select(`assignee_agency_id = $1 AND status NOT IN ${CLOSED}`, [agencyId]);
  }

  private async select(where: string, params: unknown[]): Promise<Task[]> {
    const result = await this.sql.query<{ state: Task | string }>(`SELECT state FROM assignments_tasks WHERE ${where} ORDER BY task_id`, params);
    return result.rows.map((row) => parse(row.state));
  }
}
