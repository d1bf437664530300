import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, EventStore, SystemClock } from '@cpp/eventsourcing';
import { EVENT_STORE, ProjectionsService } from '@cpp/eventsourcing/nest';
import { DeadlineMonitor } from '@cpp/assignments';
import { AppModule } from './app.module';
import { PlatformConfig } from './config/platform-config';
import { seedDemoData } from './demo/demo-seeder';
import { organizationsSeed } from './demo/organizations.seed';
import { directivesSeed } from './demo/directives.seed';
import { inspectionsSeed } from './demo/inspections.seed';
import { assignmentsSeed } from './demo/assignments.seed';
import { openInfrastructure } from './infrastructure/open-infrastructure';
import { IntegrationService } from './integration/integration.service';
import { mountDevSignIn } from './web/dev-sign-in';
import { mountWebApp } from './web/web-app';

export interface RunningPlatform {
  app: INestApplication;
  url: string;
  stop(): Promise<void>;
}

/**
 * Boots the platform for a role. The embedded default ('all') runs everything in one
 * process; a deployment starts api, projector, ingest and relay processes from the same code.
 */
export async function startPlatform(config: PlatformConfig, clock: Clock = new SystemClock()): Promise<RunningPlatform> {
  const logger = new Logger('Platform');
  const infrastructure = await openInfrastructure(config, clock);
  const app = await NestFactory.create(AppModule.forRoot(config, infrastructure), { logger: config.logLevels, abortOnError: false });
  try {
    // Before Nest's routes: the web app's files at `/`; the demo people's sign-in with the development signer.
    if (config.role === 'all' || config.role === 'api') mountWebApp(app);
    if (config.developmentSecret) mountDevSignIn(app);
    // Contexts register their projections when their modules initialise.
    await app.init();
    const projections = app.get(ProjectionsService);
    await projections.migrate();
    if (config.role === 'all' || config.role === 'projector') {
      await projections.start();
      if (config.deadlineCheckIntervalMs > 0) app.get(DeadlineMonitor).watch(config.deadlineCheckIntervalMs);
    }
    if (config.loadDemoData && config.role === 'all') {
      const loaded = await seedDemoData(app.get<EventStore>(EVENT_STORE), [organizationsSeed(app.get(CommandBus)), directivesSeed(app.get(CommandBus)), inspectionsSeed(app.get(CommandBus), projections), assignmentsSeed(app.get(CommandBus), projections, clock)], (line) => logger.log(line));
      if (loaded) await projections.caughtUp();
    }
    await app.get(IntegrationService).start();
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    await infrastructure.close().catch(() => undefined);
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  let stopping: Promise<void> | undefined;
  return {
    app,
    url: `http://${config.host}:${address.port}`,
    stop() {
      stopping ??= (async () => {
        await app.close();
        await infrastructure.close();
      })();
      return stopping;
    },
  };
}
