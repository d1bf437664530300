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
 * The recursive common table expression `scope(unit_id)` (for a `WITH RECURSIVE` list): the
 * unit and every unit inside it as the chart stood: its children, and the units merged into it
 * (a merged province's communes lie in its successor from the merger on). The two links are
 * two branches of one join rather than an OR, so that a generic (prepared) plan still finds a
 * unit's contents by equality instead of testing every unit version per unit of the scope.
 */
export function localityScopeCte(unit: string, date: string, knownAt: string | null): string {
  return `scope AS (
    SELECT ${unit}::text AS unit_id
    UNION
    SELECT u.unit_id FROM scope s JOIN (
      SELECT unit_id, parent_unit_id AS container_unit_id, valid_from, valid_to, recorded_from, recorded_to FROM inspections_unit_versions
      UNION ALL
      SELECT unit_id, successor_unit_id, valid_from, valid_to, recorded_from, recorded_to FROM inspections_unit_versions WHERE successor_unit_id IS NOT NULL
    ) u ON u.container_unit_id = s.unit_id
    WHERE ${stoodSql('u', date, knownAt)}
  )`;
}
