import { EventEmitter } from 'node:events';
import { Checkpoint, START } from '../events/recorded-event';
import { Migration } from '../sql/migrations';
import { SqlExecutor } from '../sql/sql';

export const checkpointMigrations: Migration[] = [
  {
    version: 1,
    name: 'projection checkpoints',
    sql: `
CREATE TABLE projection_checkpoints (
  projection text PRIMARY KEY,
  transaction_id bigint NOT NULL,
  position bigint NOT NULL,
  status text NOT NULL DEFAULT 'running',
  failed_event_id text,
  failed_position bigint,
  error text,
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  },
];

/**
 * Told 'moved' when a checkpoint of this process was committed, so a wait on checkpoints
 * (read-your-writes, a reactor's barrier) looks again at once instead of at its next poll.
 * Consumers in other processes are still seen by the polling.
 */
export const checkpointsMoved = new EventEmitter().setMaxListeners(0);

export interface ProjectionStatus {
  projection: string;
  checkpoint: Checkpoint;
  status: 'running' | 'failed' | 'stopped';
  failedEventId: string | null;
  failedPosition: number | null;
  error: string | null;
}

export async function readCheckpoint(sql: SqlExecutor, projection: string): Promise<ProjectionStatus> {
  const result = await sql.query<Record<string, any>>('SELECT * FROM projection_checkpoints WHERE projection = $1', [projection]);
  if (result.rows.length === 0) return { projection, checkpoint: START, status: 'running', failedEventId: null, failedPosition: null, error: null };
  return toStatus(result.rows[0]);
}

export async function listCheckpoints(sql: SqlExecutor): Promise<ProjectionStatus[]> {
  const result = await sql.query<Record<string, any>>('SELECT * FROM projection_checkpoints ORDER BY projection');
  return result.rows.map(toStatus);
}

export async function saveCheckpoint(tx: SqlExecutor, projection: string, checkpoint: Checkpoint): Promise<void> {
  await tx.query(
    `INSERT INTO projection_checkpoints (projection, transaction_id, position, status, updated_at)
     VALUES ($1, $2, $3, 'running', now())
     ON CONFLICT (projection) DO UPDATE SET transaction_id = $2, position = $3, status = 'running',
       failed_event_id = NULL, failed_position = NULL, error = NULL, updated_at = now()`,
    [projection, checkpoint.transactionId, checkpoint.position],
  );
}

export async function markFailed(sql: SqlExecutor, projection: string, eventId: string, position: number, error: string): Promise<void> {
  await sql.query(
    `INSERT INTO projection_checkpoints (projection, transaction_id, position, status, failed_event_id, failed_position, error)
     VALUES ($1, 0, 0, 'failed', $2, $3, $4)
     ON CONFLICT (projection) DO UPDATE SET status = 'failed', failed_event_id = $2, failed_position = $3, error = $4, updated_at = now()`,
    [projection, eventId, position, error],
  );
}

function toStatus(row: Record<string, any>): ProjectionStatus {
  return {
    projection: row.projection,
    checkpoint: { transactionId: Number(row.transaction_id), position: Number(row.position) },
    status: row.status,
    failedEventId: row.failed_event_id ?? null,
    failedPosition: row.failed_position === null || row.failed_position === undefined ? null : Number(row.failed_position),
    error: row.error ?? null,
  };
}

/**
 * Most batches hold nothing a given projection or reactor handles, yet its checkpoint must
 * pass them (read-your-writes waits on it). The subscriptions woken by one append ask at
 * once; their checkpoints go in one statement instead of one transaction each.
 */
export class CheckpointBatcher {
  private pending = new Map<string, { checkpoint: Checkpoint; done: { resolve: () => void; reject: (error: unknown) => void }[] }>();
  private scheduled = false;

  constructor(private readonly sql: SqlExecutor) {}

  save(projection: string, checkpoint: Checkpoint): Promise<void> {
    return new Promise((resolve, reject) => {
      const entry = this.pending.get(projection) ?? { checkpoint, done: [] };
      entry.checkpoint = checkpoint;
      entry.done.push({ resolve, reject });
      this.pending.set(projection, entry);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending.entries()];
    this.pending = new Map();
    this.scheduled = false;
    const params: unknown[] = [];
    const rows = batch.map(([projection, { checkpoint }], i) => {
      params.push(projection, checkpoint.transactionId, checkpoint.position);
      return `($${i * 3 + 1}, $${i * 3 + 2}::bigint, $${i * 3 + 3}::bigint, 'running', now())`;
    });
    try {
      await this.sql.query(
        `INSERT INTO projection_checkpoints (projection, transaction_id, position, status, updated_at)
         VALUES ${rows.join(', ')}
         ON CONFLICT (projection) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position, status = 'running',
           failed_event_id = NULL, failed_position = NULL, error = NULL, updated_at = now()`,
        params,
      );
      checkpointsMoved.emit('moved');
      for (const [, { done }] of batch) for (const waiter of done) waiter.resolve();
    } catch (error) {
      for (const [, { done }] of batch) for (const waiter of done) waiter.reject(error);
    }
  }
}
