import { Migration, SqlExecutor } from '@cpp/eventsourcing';
import { IncomingRecord } from '../bus/integration-bus';

export const processedMessagesMigrations: Migration[] = [
  {
    version: 1,
    name: 'processed integration messages',
    sql: `
CREATE TABLE integration_processed_messages (
  sender text NOT NULL,
  message_id text NOT NULL,
  outcome text NOT NULL,
  reason text,
  topic text NOT NULL,
  kafka_partition integer NOT NULL,
  kafka_offset text NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sender, message_id)
)`,
  },
];

export type ProcessingOutcome = { outcome: 'applied' } | { outcome: 'dead-lettered'; reason: string };

/**
 * Keyed by sender and message id: message ids are unique per sending system only, and a
 * sender cannot block another's messages by reusing their ids.
 */
export async function wasProcessed(sql: SqlExecutor, sender: string, messageId: string): Promise<boolean> {
  const result = await sql.query('SELECT 1 FROM integration_processed_messages WHERE sender = $1 AND message_id = $2', [sender, messageId]);
  return result.rows.length > 0;
}

export async function recordProcessed(sql: SqlExecutor, sender: string, messageId: string, record: IncomingRecord, outcome: ProcessingOutcome): Promise<void> {
  await sql.query(
    `INSERT INTO integration_processed_messages (sender, message_id, outcome, reason, topic, kafka_partition, kafka_offset)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (sender, message_id) DO NOTHING`,
    [sender, messageId, outcome.outcome, outcome.outcome === 'dead-lettered' ? outcome.reason : null, record.topic, record.partition, record.offset],
  );
}
