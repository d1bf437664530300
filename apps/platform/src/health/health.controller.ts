import { Controller, Get, Inject } from '@nestjs/common';
import { EventStore } from '@cpp/eventsourcing';
import { EVENT_STORE, ProjectionsService } from '@cpp/eventsourcing/nest';
import { Public } from '@cpp/access';

/** Liveness and what an operator wants at a glance: the log head and each projection's state. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionsService,
  ) {}

  @Public()
  @Get()
  async health() {
    const [head, projections] = await Promise.all([this.store.headCheckpoint(), this.projections.status()]);
    const failed = projections.filter((projection) => projection.status === 'failed');
    return {
      status: failed.length === 0 ? 'ok' : 'degraded',
      log: { head },
      projections: projections.map(({ projection, status, checkpoint, error, failedEventId }) => ({ projection, status, checkpoint, error, failedEventId })),
    };
  }
}
