import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { ReactionRefused } from '../domain/refusal/events';

export type ReactionRefusal = ReactionRefused['data'];

@Injectable()
export class ReactionRefusalQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  /** The latest refusals first. */
  async latest(limit: number): Promise<ReactionRefusal[]> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT cause_event_id, cause_event_type, cause_stream_id, command, code, message, refused_at FROM assignments_reaction_refusals ORDER BY refused_at DESC, cause_event_id LIMIT $1`,
      [limit],
    );
    return result.rows.map((row) => ({
      causeEventId: row.cause_event_id,
      causeEventType: row.cause_event_type,
      causeStreamId: row.cause_stream_id,
      command: row.command,
      code: row.code,
      message: row.message,
      refusedAt: new Date(row.refused_at).toISOString(),
    }));
  }
}
