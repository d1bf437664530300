/**
 * A fact as the store holds it. Positions and revisions are JS numbers: they stay exact
 * up to 2^53, which is millennia of appends at any rate this platform will see, and
 * numbers survive JSON and GraphQL without a custom scalar.
 */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  /** Version of the event's data schema; older versions are upcast on read. */
  schemaVersion: number;
  data: Data;
  streamId: string;
  /** 0-based position of the event inside its stream. */
  revision: number;
  /** Sequence number in the global log; gaps are normal, order is given by `checkpoint`. */
  globalPosition: number;
  /** Where a reader resumes after this event (see Checkpoint). */
  checkpoint: Checkpoint;
  metadata: EventMetadata;
}

export interface EventMetadata {
  /** When the fact happened in the world (may precede recording, e.g. a paper dispatch). */
  occurredAt: string;
  /** When the store committed it. */
  recordedAt: string;
  /** Who did it: the authenticated subject, or a system process name. */
  actor: string;
  /** The agency the actor acted for, when there is one. */
  agency: string | null;
  correlationId: string;
  causationId: string | null;
}

/**
 * A reader's place in the global log. On PostgreSQL the log is ordered by the pair
 * (transaction id, sequence position): sequence values are taken before commit, so a
 * reader that resumed by position alone would skip events committed late by a slower
 * concurrent transaction. On EventStoreDB the pair is (commit, prepare) position.
 */
export interface Checkpoint {
  transactionId: number;
  position: number;
}

/** Before the first event of any log: real transaction ids and positions are positive. */
export const START: Checkpoint = Object.freeze({ transactionId: 0, position: 0 });

export function compareCheckpoints(a: Checkpoint, b: Checkpoint): number {
  return a.transactionId - b.transactionId || a.position - b.position;
}
