// Runs in a child process: one event store (ours on PostgreSQL or PGlite, or a peer) and the
// workloads against it. Ids written are kept here so that reads are checked where they happen.
import { makeEvents } from '../lib/payload';
import { WorkerOperations } from '../lib/worker';
import { appendWorkload, AppendConfig } from '../workloads/append';
import { catchUpWorkload } from '../workloads/catch-up';
import { readAllWorkload } from '../workloads/read-all';
import { AdapterFactory, Dataset, StoreAdapter } from './store-adapter';

export type SubjectKind = 'ours-postgres' | 'ours-pglite' | 'emmett-postgres';

export interface StoreWorkerOptions {
  subject: SubjectKind;
  adminUrl: string;
  tempDir: string;
}

async function factoryFor(options: StoreWorkerOptions): Promise<AdapterFactory> {
  switch (options.subject) {
    case 'ours-postgres':
      return (await import('./ours')).oursOnPostgres(options.adminUrl);
    case 'ours-pglite':
      return (await import('./ours')).oursOnPGlite(options.tempDir);
    case 'emmett-postgres':
      return (await import('../peers/emmett')).emmettOnPostgres(options.adminUrl);
  }
}

export function createWorker(options: StoreWorkerOptions): WorkerOperations {
  const stores = new Map<Dataset, StoreAdapter>();
  const written = new Map<Dataset, Set<string>>();
  let factory: AdapterFactory | undefined;

  const store = (dataset: Dataset): StoreAdapter => {
    const found = stores.get(dataset);
    if (!found) throw new Error(`Data set ${dataset} is not open`);
    return found;
  };
  const ids = (dataset: Dataset): Set<string> => written.get(dataset) ?? written.set(dataset, new Set()).get(dataset)!;

  return {
    async open({ dataset }: { dataset: Dataset }) {
      factory ??= await factoryFor(options);
      await stores.get(dataset)?.close();
      stores.set(dataset, await factory(dataset));
      written.set(dataset, new Set());
    },
    async closeDataset({ dataset }: { dataset: Dataset }) {
      await stores.get(dataset)?.close();
      stores.delete(dataset);
    },
    /** One writer, `batch` events per append: a log whose order is plain to every reader. */
    async seed({ dataset, events, batch }: { dataset: Dataset; events: number; batch: number }) {
      const target = store(dataset);
      for (let i = 0; i < events / batch; i++) {
        const stream = `task-seed${i}`;
        const batchEvents = makeEvents(stream, batch);
        await target.append(stream, batchEvents, 0);
        for (const event of batchEvents) ids(dataset).add(event.id);
      }
      return ids(dataset).size;
    },
    async append({ dataset, config, tag }: { dataset: Dataset; config: AppendConfig; tag: string }) {
      return appendWorkload(store(dataset), config, ids(dataset), tag);
    },
    async readAll({ dataset, pageSize }: { dataset: Dataset; pageSize: number }) {
      return readAllWorkload(store(dataset), pageSize, ids(dataset));
    },
    async catchUp({ dataset, batchSize }: { dataset: Dataset; batchSize: number }) {
      return catchUpWorkload(store(dataset), batchSize, ids(dataset));
    },
    async close() {
      for (const opened of stores.values()) await opened.close();
      stores.clear();
    },
  };
}
