import { Clock, knownAtSql, localDateAt } from '@cpp/eventsourcing';

/**
 * The moment a question is about, on both axes of the chart and of the follow-up: its local
 * date (what stood, what is overdue) and the instant of knowledge (null: what is known now).
 */
export interface Instant {
  date: string;
  knownAt: string | null;
}

/** As of `asOf`: its own date, as known then; without it, today as known now. */
export function instantOf(asOf: Date | null, clock: Clock): Instant {
  return asOf ? { date: localDateAt(asOf), knownAt: asOf.toISOString() } : { date: localDateAt(clock.now()), knownAt: null };
}

/** SQL of the chart copy's versions standing at the instant; `date` and `knownAt` are placeholders already bound. */
export function stoodSql(alias: string, date: string, knownAt: string | null): string {
  const valid = `${alias}.valid_from <= ${date}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${date}::date)`;
  return `${valid} AND ${knownAt ? knownAtSql(`${knownAt}::timestamptz`, alias) : `${alias}.recorded_to IS NULL`}`;
}

/**
 * `scope(unit_id)`: the unit and every unit inside it as the chart stood: its children, and
 * the units merged into it (a merged province's communes lie in its successor from the merger on).
 */
export function localityScopeSql(unit: string, date: string, knownAt: string | null): string {
  return `WITH RECURSIVE scope AS (
    SELECT ${unit}::text AS unit_id
    UNION
    SELECT u.unit_id FROM scope s JOIN inspections_unit_versions u ON s.unit_id IN (u.parent_unit_id, u.successor_unit_id)
    WHERE ${stoodSql('u', date, knownAt)}
  ) `;
}
