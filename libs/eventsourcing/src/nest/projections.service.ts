import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Checkpoint, compareCheckpoints } from '../events/recorded-event';
import { waitForCheckpoints } from '../projections/wait-for-checkpoints';
import { ProjectionRunner, RebuildProgress } from '../projections/projection-runner';
import { ReactorRunner } from '../reactors/reactor-runner';
import { Sql } from '../sql/sql';
import { EventStore } from '../store/event-store';
import { ProjectionRegistry } from './projection-registry';
import { EVENT_STORE, READ_MODEL_SQL } from './tokens';

/**
 * Owns this process's read side: the projections that fill read models and the reactors
 * (process managers) that turn one context's events into another's commands.
 */
@Injectable()
export class ProjectionsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private projectionRunner: ProjectionRunner | undefined;
  private reactorRunner: ReactorRunner | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly registry: ProjectionRegistry,
  ) {}

  private get projections(): ProjectionRunner {
    this.projectionRunner ??= new ProjectionRunner(this.store, this.sql, this.registry.all(), {
      onFailure: (failure) => this.logger.error(failure.message),
      onInterrupted: (projection, error, retryInMs) =>
        this.logger.warn(`Projection ${projection} interrupted (${error instanceof Error ? error.message : String(error)}); resuming in ${retryInMs} ms`),
    });
    return this.projectionRunner;
  }

  private get reactors(): ReactorRunner {
    this.reactorRunner ??= new ReactorRunner(this.store, this.sql, this.registry.allReactors(), (failure) =>
      this.logger.error(
        `Reactor ${failure.reactor} stopped on event ${failure.eventId}: ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`,
      ),
    );
    return this.reactorRunner;
  }

  /** Creates every read-model table; any process that queries read models needs them. */
  migrate(): Promise<void> {
    return this.projections.migrate();
  }

  /** Follows the log in this process (the embedded default, or a projector process). */
  async start(): Promise<void> {
    await this.projections.start();
    await this.reactors.start();
  }

  status() {
    return this.projections.status();
  }

  rebuild(name: string, onProgress?: (progress: RebuildProgress) => void) {
    return this.projections.rebuild(name, onProgress);
  }

  /** Every projection from zero in one pass over the log (see ProjectionRunner.rebuildAll). */
  rebuildAll(onProgress?: (progress: RebuildProgress) => void) {
    return this.projections.rebuildAll(onProgress);
  }

  /** Everything committed so far, and everything the reactors wrote in response, is in the read models. */
  async caughtUp(): Promise<void> {
    for (let round = 0; round < 5; round++) {
      const head = await this.store.headCheckpoint();
      await this.reactors.caughtUp();
      await this.projections.caughtUp();
      if (compareCheckpoints(await this.store.headCheckpoint(), head) === 0) return;
    }
  }

  /**
   * Read-your-writes for a client that just sent a command: waits until every healthy
   * reactor and projection (in whichever process runs it) has passed the append, and then
   * the events the reactors wrote in response. Returns false on timeout; the write is
   * committed either way.
   */
  async waitFor(checkpoint: Checkpoint, timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const reactorNames = this.registry.allReactors().map((reactor) => `reactor:${reactor.name}`);
    const projectionNames = this.registry.all().map((projection) => projection.name);
    let target = checkpoint;
    for (let round = 0; round < 5; round++) {
      if (!(await this.passed(reactorNames, target, deadline))) return false;
      const head = await this.store.headCheckpoint();
      if (!(await this.passed([...reactorNames, ...projectionNames], head, deadline))) return false;
      if (compareCheckpoints(head, target) <= 0 || reactorNames.length === 0) return true;
      target = head;
    }
    return true;
  }

  private async passed(names: string[], checkpoint: Checkpoint, deadline: number): Promise<boolean> {
    return (await waitForCheckpoints(this.sql, names, checkpoint, { deadline, maxDelayMs: 100, ignoreFailed: true })).reached;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reactorRunner?.stop();
    await this.projectionRunner?.stop();
  }
}
