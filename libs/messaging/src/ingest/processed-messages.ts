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

export interface ProcessedMessage {
  sender: string;
  messageId: string;
  record: IncomingRecord;
  outcome: ProcessingOutcome;
}

/**
 * Keyed by sender and message id: message ids are unique per sending system only, and a
 * sender cannot block another's messages by reusing their ids. Asked for many messages at
 * once: which of them were processed already (by sender and id).
 */
export async function processedAmong(sql: SqlExecutor, messages: { sender: string; messageId: string }[]): Promise<boolean[]> {
  const result = await sql.query<{ sender: string; message_id: string }>(
    `SELECT sender, message_id FROM integration_processed_messages
     WHERE (sender, message_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [messages.map((message) => message.sender), messages.map((message) => message.messageId)],
  );
  const found = new Set(result.rows.map((row) => processedKey(row.sender, row.message_id)));
  return messages.map((message) => found.has(processedKey(message.sender, message.messageId)));
}

/** Records many messages in one statement; one already recorded keeps its first record. */
export async function recordAllProcessed(sql: SqlExecutor, messages: ProcessedMessage[]): Promise<void> {
  const column = <T>(pick: (message: ProcessedMessage) => T) => messages.map(pick);
  await sql.query(
    `INSERT INTO integration_processed_messages (sender, message_id, outcome, reason, topic, kafka_partition, kafka_offset)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])
     ON CONFLICT (sender, message_id) DO NOTHING`,
    [
      column((message) => message.sender),
      column((message) => message.messageId),
      column((message) => message.outcome.outcome),
      column((message) => (message.outcome.outcome === 'dead-lettered' ? message.outcome.reason : null)),
      column((message) => message.record.topic),
      column((message) => message.record.partition),
      column((message) => message.record.offset),
    ],
  );
}

function processedKey(sender: string, messageId: string): string {
  return `${sender}\u0000${messageId}`;
}
