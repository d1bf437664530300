import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { ReadRecord } from '../domain/access-log/events';

export interface AccessLogEntry {
  eventId: string;
  readAt: string;
  subject: string;
  agencyId: string | null;
  operation: string;
  protectedData: string;
  records: ReadRecord[];
  correlationId: string;
  breakGlass: { reason: string; until: string; agencyIds: string[] } | null;
}

export interface AccessLogFilter {
  subject?: string | null;
  record?: ReadRecord | null;
  from?: string | null;
  to?: string | null;
  /** Break-the-glass reads of this agency's data. */
  brokenGlassOf?: string | null;
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

@Injectable()
export class AccessLogQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async entries(filter: AccessLogFilter, limit = 500): Promise<AccessLogEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.subject) where.push(`subject = ${param(filter.subject)}`);
    if (filter.record) where.push(`records @> ${param(JSON.stringify([filter.record]))}::jsonb`);
    if (filter.from) where.push(`read_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`read_at < ${param(filter.to)}`);
    if (filter.brokenGlassOf) where.push(`break_glass -> 'agencyIds' ? ${param(filter.brokenGlassOf)}`);
    const result = await this.sql.query<Record<string, unknown>>(
      `SELECT event_id, read_at, subject, agency_id, operation, protected_data, records, correlation_id, break_glass FROM access_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY read_at DESC, log_position DESC LIMIT ${param(limit)}`,
      params,
    );
    return result.rows.map((row) => ({
      eventId: row.event_id as string,
      readAt: new Date(row.read_at as string).toISOString(),
      subject: row.subject as string,
      agencyId: (row.agency_id as string | null) ?? null,
      operation: row.operation as string,
      protectedData: row.protected_data as string,
      records: json<ReadRecord[]>(row.records),
      correlationId: row.correlation_id as string,
      breakGlass: row.break_glass ? json(row.break_glass) : null,
    }));
  }
}
