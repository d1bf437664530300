import { dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, postgreSQLEventStoreMessageBatchPuller, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { freshDatabase } from '../lib/postgres-admin';
import { BenchEvent } from '../lib/payload';
import { AdapterFactory, Dataset, StoreAdapter } from '../subjects/store-adapter';

/**
 * The peer: Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql), through its
 * public API, in its own database on the same cluster. The same events, with our metadata
 * (actor, agency, correlation, causation) in Emmett's event metadata and our ids as its
 * message ids, so that its readers' deliveries can be checked the same way.
 */
class EmmettStore implements StoreAdapter {
  constructor(
    private readonly pool: ReturnType<typeof dumbo>,
    private readonly store: ReturnType<typeof getPostgreSQLEventStore>,
  ) {}

  async append(stream: string, events: BenchEvent[], already: number): Promise<void> {
    await this.store.appendToStream(
      stream,
      events.map((event) => ({
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: { messageId: event.id, ...event.context },
      })),
      // Emmett counts stream versions from 1: the version is the number of events in the stream.
      { expectedStreamVersion: BigInt(already) },
    );
  }

  /** Emmett has no readAll on the store; its consumers page the log with readMessagesBatch. */
  async readAll(pageSize: number, onPage: (ids: string[]) => void): Promise<void> {
    let after = 0n;
    for (;;) {
      const batch = await readMessagesBatch(this.pool.execute, { after, batchSize: pageSize });
      if (batch.messages.length > 0) onPage(batch.messages.map((message) => String(message.metadata.messageId)));
      if (!batch.areMessagesLeft) return;
      after = batch.currentGlobalPosition;
    }
  }

  /**
   * The puller its consumers run on, without processors (no checkpoint writes, like our
   * subscription), with our batch size and no pause between full batches (its default pauses
   * 50 ms after each batch; it always waits 100 ms after the first).
   */
  async catchUp(batchSize: number, onBatch: (ids: string[]) => void, done: Promise<void>): Promise<void> {
    const abort = new AbortController();
    const puller = postgreSQLEventStoreMessageBatchPuller({
      executor: this.pool.execute,
      batchSize,
      pullingFrequencyInMs: 1,
      signal: abort.signal,
      eachBatch: async (messages) => {
        onBatch(messages.map((message) => String(message.metadata.messageId)));
      },
    });
    const running = puller.start({ startFrom: 'BEGINNING' });
    await Promise.race([done, running]);
    abort.abort();
    await puller.stop();
    await running;
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

export function emmettOnPostgres(adminUrl: string): AdapterFactory {
  return async (dataset: Dataset) => {
    const url = await freshDatabase(adminUrl, `bench_emmett_${dataset}`);
    const pool = dumbo({ connectionString: url });
    const store = getPostgreSQLEventStore(url, { connectionOptions: { dumbo: pool } });
    await store.schema.migrate();
    return new EmmettStore(pool, store);
  };
}
