import { ExpectedRevision } from '../store/expected-revision';

/**
 * How the stream row moves for each expectation. Its row lock serialises the writers of one
 * stream and its WHERE clause is the optimistic check; no row back means the check failed.
 * $1 stream id, $2 number of events, $12 the exact expected revision.
 */
const STREAM_STEP = {
  no_stream: `INSERT INTO es_streams (stream_id, revision) VALUES ($1, $2 - 1)
              ON CONFLICT (stream_id) DO NOTHING RETURNING revision`,
  exact: `UPDATE es_streams SET revision = revision + $2 WHERE stream_id = $1 AND revision = $12 RETURNING revision`,
  stream_exists: `UPDATE es_streams SET revision = revision + $2 WHERE stream_id = $1 RETURNING revision`,
  any: `INSERT INTO es_streams (stream_id, revision) VALUES ($1, $2 - 1)
        ON CONFLICT (stream_id) DO UPDATE SET revision = es_streams.revision + $2 RETURNING revision`,
};

/**
 * The whole append is one statement, so it is atomic without an explicit transaction and
 * costs one round trip: the stream step, then the events with revisions taken from it.
 * $3..$7 event columns as arrays, $8..$11 metadata shared by the batch.
 */
export function appendStatement(expected: ExpectedRevision): string {
  const step = typeof expected === 'number' ? STREAM_STEP.exact : STREAM_STEP[expected];
  return `
WITH stream AS (${step}),
appended AS (
  INSERT INTO es_events (stream_id, revision, event_id, event_type, schema_version, data, occurred_at,
                         actor, agency, correlation_id, causation_id)
  SELECT $1, stream.revision - $2 + e.ord, e.id::uuid, e.type, e.version, e.data::jsonb, e.occurred_at::timestamptz,
         $8, $9, $10, $11
  FROM stream,
       unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
         WITH ORDINALITY AS e(id, type, version, data, occurred_at, ord)
  RETURNING revision, global_position
)
SELECT max(revision) AS revision, max(global_position) AS position, pg_current_xact_id()::text AS transaction_xid
FROM appended
HAVING count(*) > 0`;
}

export const EVENT_COLUMNS = `global_position, transaction_id::text AS transaction_xid, stream_id, revision, event_id::text AS event_id,
  event_type, schema_version, data, occurred_at, recorded_at, actor, agency, correlation_id, causation_id`;

/**
 * Only transactions older than every transaction still running are visible to readers of
 * the log: a later one may have committed while an earlier one, holding a lower position,
 * has not yet. Resuming by the (transaction id, position) pair keeps the reader exact.
 */
export const READ_ALL = `SELECT ${EVENT_COLUMNS} FROM es_events
WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
  AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
ORDER BY transaction_id, global_position
LIMIT $3`;

export const LAST_COMMITTED = `SELECT transaction_id::text AS transaction_xid, global_position FROM es_events
ORDER BY transaction_id DESC, global_position DESC LIMIT 1`;

/**
 * Several streams' appends in one statement, each with its own exact expectation ($3: the
 * revision, NULL for no_stream), at most one per stream. A stream whose expectation fails
 * gets no row back and none of its events written; the others are written all the same.
 * $1..$3 per append (stream, event count, expectation), $4..$14 per event (its append's
 * index, ordinal, columns and metadata).
 */
export const APPEND_MANY = `
WITH requested AS (
  SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[]) WITH ORDINALITY AS r(stream_id, n, expected, idx)
),
created AS (
  INSERT INTO es_streams (stream_id, revision)
  SELECT stream_id, n - 1 FROM requested WHERE expected IS NULL
  ON CONFLICT (stream_id) DO NOTHING RETURNING stream_id, revision
),
moved AS (
  UPDATE es_streams s SET revision = s.revision + r.n FROM requested r
  WHERE r.expected IS NOT NULL AND s.stream_id = r.stream_id AND s.revision = r.expected
  RETURNING s.stream_id, s.revision
),
stream AS (
  SELECT r.idx, r.stream_id, r.n, s.revision FROM (SELECT * FROM created UNION ALL SELECT * FROM moved) s JOIN requested r USING (stream_id)
),
appended AS (
  INSERT INTO es_events (stream_id, revision, event_id, event_type, schema_version, data, occurred_at,
                         actor, agency, correlation_id, causation_id)
  SELECT stream.stream_id, stream.revision - stream.n + e.ord, e.id::uuid, e.type, e.version, e.data::jsonb, e.occurred_at::timestamptz,
         e.actor, e.agency, e.correlation_id, e.causation_id
  FROM unnest($4::int[], $5::int[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
         AS e(idx, ord, id, type, version, data, occurred_at, actor, agency, correlation_id, causation_id)
  JOIN stream ON stream.idx = e.idx
  ORDER BY e.idx, e.ord
  RETURNING stream_id, revision, global_position
)
SELECT stream_id, max(revision) AS revision, max(global_position) AS position, pg_current_xact_id()::text AS transaction_xid
FROM appended GROUP BY stream_id`;
