import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Checkpoint, compareCheckpoints } from '../events/recorded-event';
import { listCheckpoints } from '../projections/checkpoints';
import { ProjectionRunner, RebuildProgress } from '../projections/projection-runner';
import { Sql } from '../sql/sql';
import { EventStore } from '../store/event-store';
import { ProjectionRegistry } from './projection-registry';
import { EVENT_STORE, READ_MODEL_SQL } from './tokens';

/** Owns the projection runner of this process and lets writers wait for their read models. */
@Injectable()
export class ProjectionsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private runner: ProjectionRunner | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly registry: ProjectionRegistry,
  ) {}

  private get projectionRunner(): ProjectionRunner {
    this.runner ??= new ProjectionRunner(this.store, this.sql, this.registry.all(), {
      onFailure: (failure) => this.logger.error(failure.message),
    });
    return this.runner;
  }

  /** Creates every read-model table; any process that queries read models needs them. */
  migrate(): Promise<void> {
    return this.projectionRunner.migrate();
  }

  /** Follows the log in this process (the embedded default, or a projector process). */
  start(): Promise<void> {
    return this.projectionRunner.start();
  }

  status() {
    return this.projectionRunner.status();
  }

  rebuild(name: string, onProgress?: (progress: RebuildProgress) => void) {
    return this.projectionRunner.rebuild(name, onProgress);
  }

  caughtUp(): Promise<void> {
    return this.projectionRunner.caughtUp();
  }

  /**
   * Read-your-writes for a client that just sent a command: waits until every healthy
   * projection (in whichever process runs it) has passed the append's checkpoint. Returns
   * false on timeout; the write is committed either way.
   */
  async waitFor(checkpoint: Checkpoint, timeoutMs = 5000): Promise<boolean> {
    const names = this.registry.all().map((projection) => projection.name);
    const deadline = Date.now() + timeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
      const saved = new Map((await listCheckpoints(this.sql)).map((status) => [status.projection, status]));
      const behind = names.some((name) => {
        const status = saved.get(name);
        if (status?.status === 'failed') return false;
        return !status || compareCheckpoints(status.checkpoint, checkpoint) < 0;
      });
      if (!behind) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }
}
