import { RecordedEvent, START } from '../events/recorded-event';
import { migrate } from '../sql/migrations';
import { Sql } from '../sql/sql';
import { EventStore, Subscription } from '../store/event-store';
import {
  CheckpointBatcher,
  checkpointMigrations,
  checkpointsMoved,
  listCheckpoints,
  markFailed,
  ProjectionStatus,
  readCheckpoint,
  saveCheckpoint,
} from './checkpoints';
import { applyHandled } from './apply-handled';
import { Projection, ProjectionFailure } from './projection';
import { rebuildIntoShadows } from './rebuild-into-shadows';

export interface ProjectionRunnerOptions {
  batchSize?: number;
  /** Told about every failure; the failing projection stops, the others go on. */
  onFailure?: (failure: ProjectionFailure) => void;
  /** Told when the log or the database could not be reached; the projection resumes after a pause. */
  onInterrupted?: (projection: string, error: unknown, retryInMs: number) => void;
  /** First pause before resuming after an interruption; doubles up to 30 s. */
  retryDelayMs?: number;
}

export interface RebuildProgress {
  projection: string;
  processed: number;
  total: number;
  /** A full rebuild on PostgreSQL reads and folds the log, then writes what it kept, then commits. */
  phase?: 'reading' | 'writing' | 'committing';
}

/** Runs each projection as its own checkpointed subscription on the global log. */
export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly retryDelays = new Map<string, number>();
  private readonly byName: Map<string, Projection>;
  private stopping = false;
  private readonly passedBy: CheckpointBatcher;

  constructor(
    private readonly store: EventStore,
    private readonly sql: Sql,
    readonly projections: Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.byName = new Map(projections.map((projection) => [projection.name, projection]));
    if (this.byName.size !== projections.length) throw new Error('Two projections share a name');
    this.passedBy = new CheckpointBatcher(sql);
  }

  async migrate(): Promise<void> {
    await migrate(this.sql, 'projections', checkpointMigrations);
    for (const projection of this.projections) await migrate(this.sql, `projection:${projection.name}`, projection.migrations);
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.migrate();
    for (const projection of this.projections) await this.startOne(projection);
  }

  private async startOne(projection: Projection): Promise<void> {
    const saved = await readCheckpoint(this.sql, projection.name);
    if (saved.status === 'failed') return;
    const subscription = this.store.subscribe((events) => this.applyBatch(projection, events), {
      after: saved.checkpoint,
      batchSize: this.options.batchSize,
      onError: (error) => void this.onSubscriptionError(projection, error),
    });
    this.subscriptions.set(projection.name, subscription);
  }

  /**
   * One transaction per batch: the rows and the checkpoint move together. A projection that
   * can apply a batch at once does; should that fail, the batch is applied again event by
   * event, so that the failure names the event at fault.
   */
  async applyBatch(projection: Projection, events: RecordedEvent[]): Promise<void> {
    const handled = events.filter((event) => projection.handles.includes(event.type));
    if (handled.length === 0) {
      await this.passedBy.save(projection.name, events[events.length - 1].checkpoint);
      this.retryDelays.delete(projection.name);
      return;
    }
    const last = events[events.length - 1].checkpoint;
    await applyHandled(
      projection,
      handled,
      (work) => this.sql.transaction(work),
      (tx) => saveCheckpoint(tx, projection.name, last),
    );
    checkpointsMoved.emit('moved');
    this.retryDelays.delete(projection.name);
  }

  /**
   * An event the projection cannot apply stops it until someone acts; anything else (the log
   * or the database unreachable) is not the event's fault, so the projection resumes from its
   * checkpoint after a pause that grows while the trouble lasts.
   */
  private async onSubscriptionError(projection: Projection, error: unknown): Promise<void> {
    this.subscriptions.delete(projection.name);
    if (error instanceof ProjectionFailure) {
      await markFailed(this.sql, projection.name, error.event.id, error.event.globalPosition, error.message).catch(() => undefined);
      this.options.onFailure?.(error);
      return;
    }
    if (this.stopping) return;
    const delay = this.retryDelays.get(projection.name) ?? this.options.retryDelayMs ?? 1000;
    this.retryDelays.set(projection.name, Math.min(delay * 2, 30000));
    this.options.onInterrupted?.(projection.name, error, delay);
    setTimeout(() => {
      if (!this.stopping) this.startOne(projection).catch((retryError) => void this.onSubscriptionError(projection, retryError));
    }, delay).unref();
  }

  /** Resolves when every running projection has applied everything committed before the call. */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.subscriptions.values()].map((subscription) => subscription.caughtUp()));
  }

  async status(): Promise<ProjectionStatus[]> {
    const saved = new Map((await listCheckpoints(this.sql)).map((status) => [status.projection, status]));
    return this.projections.map(
      (projection) =>
        saved.get(projection.name) ?? {
          projection: projection.name,
          checkpoint: START,
          status: 'running',
          failedEventId: null,
          failedPosition: null,
          error: null,
        },
    );
  }

  /**
   * Empties the projection's tables and replays the whole log into them, reporting progress;
   * the projection then follows the log live again. On PostgreSQL readers never see the table
   * half rebuilt (see rebuildIntoShadows).
   */
  async rebuild(name: string, onProgress?: (progress: RebuildProgress) => void, pageSize = 1000): Promise<number> {
    const projection = this.byName.get(name);
    if (!projection) throw new Error(`Unknown projection ${name}; known: ${[...this.byName.keys()].join(', ')}`);
    const running = this.subscriptions.get(name);
    this.subscriptions.delete(name);
    await running?.stop();
    const processed = this.sql.session
      ? await rebuildIntoShadows(this.store, this.sql, [projection], onProgress && ((p) => onProgress({ ...p, projection: name })), pageSize)
      : await this.rebuildPageByPage([projection], name, onProgress, pageSize);
    await this.startOne(projection);
    return processed;
  }

  /**
   * Rebuilds every projection in one pass over the log: each page is read once and applied to
   * every projection, instead of the log being read once per projection. On PostgreSQL into
   * copies of the tables swapped in at the end, through the projections' rebuilders where they have one (see
   * rebuildIntoShadows). The projections then follow the log live again.
   */
  async rebuildAll(onProgress?: (progress: RebuildProgress) => void, pageSize = 5000): Promise<number> {
    const running = [...this.subscriptions.values()];
    this.subscriptions.clear();
    await Promise.all(running.map((subscription) => subscription.stop()));
    const processed = this.sql.session
      ? await rebuildIntoShadows(this.store, this.sql, this.projections, onProgress, pageSize)
      : await this.rebuildPageByPage(this.projections, '*', onProgress, pageSize);
    for (const projection of this.projections) await this.startOne(projection);
    return processed;
  }

  /**
   * PGlite has one connection, so no copy can be filled beside the live queries: the tables are
   * emptied, then each page applied to every projection in its own transaction with its checkpoint
   * (between pages the other projections go on, so they still see new events during a rebuild).
   */
  private async rebuildPageByPage(
    projections: Projection[],
    label: string,
    onProgress: ((progress: RebuildProgress) => void) | undefined,
    pageSize: number,
  ): Promise<number> {
    await this.sql.transaction(async (tx) => {
      for (const projection of projections) {
        for (const table of projection.tables) await tx.query(`DELETE FROM ${table}`);
        await tx.query('DELETE FROM projection_checkpoints WHERE projection = $1', [projection.name]);
      }
    });
    const total = (await this.store.countEvents?.()) ?? 0;
    let processed = 0;
    onProgress?.({ projection: label, processed, total });
    for (let after = START; ;) {
      const page = await this.store.readAll({ after, maxCount: pageSize });
      if (page.length === 0) break;
      await Promise.all(projections.map((projection) => this.applyBatch(projection, page)));
      after = page[page.length - 1].checkpoint;
      processed += page.length;
      onProgress?.({ projection: label, processed, total: Math.max(total, processed) });
    }
    return processed;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const running = [...this.subscriptions.values()];
    this.subscriptions.clear();
    await Promise.all(running.map((subscription) => subscription.stop()));
  }
}
