import { Checkpoint, RecordedEvent } from '../events/recorded-event';
import { NewEvent } from '../events/new-event';
import { CommandContext } from '../events/command-context';
import { ExpectedRevision } from './expected-revision';

export interface AppendResult {
  /** Revision of the last event in the stream after the append. */
  nextExpectedRevision: number;
  /** Checkpoint of the last appended event. */
  checkpoint: Checkpoint;
  /** False when every event id was already stored by an earlier, identical append. */
  written: boolean;
}

export interface ReadStreamOptions {
  /** Revision to start at (inclusive). Defaults to the first (forwards) or last (backwards). */
  from?: number;
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this checkpoint. */
  after?: Checkpoint;
  maxCount?: number;
}

export type EventBatchHandler = (events: RecordedEvent[]) => Promise<void>;

export interface SubscribeOptions {
  /** Exclusive: delivery starts after this checkpoint. */
  after?: Checkpoint;
  batchSize?: number;
  /** Called when the handler throws; the subscription stops after it. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Resolves when the subscription has stopped and its handler is no longer running. */
  stop(): Promise<void>;
  /** Resolves once the subscription has delivered everything committed before this call. */
  caughtUp(): Promise<void>;
  readonly stopped: Promise<void>;
}

/** The port every adapter implements and the contract suite checks. */
export interface EventStore {
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision, context: CommandContext): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch up from a checkpoint, then follow the log live; batches arrive in global order. */
  subscribe(handler: EventBatchHandler, options?: SubscribeOptions): Subscription;
  /** The checkpoint of the newest event a reader may see now (the high-water mark). */
  headCheckpoint(): Promise<Checkpoint>;
  /** How many events the log holds, for progress reports; undefined where it cannot be told cheaply. */
  countEvents?(): Promise<number>;
  close(): Promise<void>;
}
