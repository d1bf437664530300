import { BenchEvent } from '../lib/payload';

/**
 * What the event-store workloads need from a store, ours or a peer. Workloads (timing,
 * writers, delivery checks) are written once against this; each store is a small adapter.
 */
export interface StoreAdapter {
  /**
   * Appends `events` to `stream`, which already holds `already` events, with that exact
   * expectation (the command path: load, decide, append at the expected revision).
   */
  append(stream: string, events: BenchEvent[], already: number): Promise<void>;
  /** Reads the whole global log from its start, page after page; hands over each page's event ids. */
  readAll(pageSize: number, onPage: (ids: string[]) => void): Promise<void>;
  /**
   * Subscribes from the start of the log, handing over each delivered batch's event ids;
   * when `done` resolves, stops the subscription and resolves once it has stopped.
   */
  catchUp(batchSize: number, onBatch: (ids: string[]) => void, done: Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export type Dataset = 'append' | 'read';

/** Opens a fresh, empty store for one data set (a new database, or a new PGlite directory). */
export type AdapterFactory = (dataset: Dataset) => Promise<StoreAdapter>;
