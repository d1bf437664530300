import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';

@Injectable()
export class DirectivePlanQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  /** Directives in force with open-ended regimes whose periods do not yet reach the horizon. */
  async behindHorizon(horizon: string): Promise<string[]> {
    const result = await this.sql.query<{ directive_id: string }>(
      `SELECT directive_id FROM assignments_directive_plans WHERE status = 'in-force' AND open_ended AND horizon < $1::date ORDER BY directive_id`,
      [horizon],
    );
    return result.rows.map((row) => row.directive_id);
  }
}
