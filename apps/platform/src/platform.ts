import { INestApplication, Logger } from '@nestjs/common';
import { DevelopmentTokens } from '@cpp/access';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, EventStore, SystemClock } from '@cpp/eventsourcing';
import { EVENT_STORE, PersonalDataRetentionLifecycle, ProjectionsService } from '@cpp/eventsourcing/nest';
import { DeadlineMonitor } from '@cpp/assignments';
import { AppModule } from './app.module';
import { PlatformConfig } from './config/platform-config';
import { seedDemoData } from './demo/demo-seeder';
import { organizationsSeed, reorganisation2025Seed } from './demo/organizations.seed';
import { directivesSeed } from './demo/directives.seed';
import { inspectionsSeed } from './demo/inspections.seed';
import { assignmentsSeed } from './demo/assignments.seed';
import { graphqlBody } from './graphql/graphql-body.middleware';
import { forumSeed } from './demo/forum.seed';
import { fundingSeed } from './demo/funding.seed';
import { accessSeed } from './demo/access.seed';
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
  // The GraphQL route reads its own body (graphqlBody): its limits and refusals are GraphQL's.
  const app = await NestFactory.create(AppModule.forRoot(config, infrastructure), { logger: config.logLevels, abortOnError: false, bodyParser: false });
  app.use('/graphql', graphqlBody());
  try {
    // Before Nest's routes: the web app's files at `/`; the demo people's sign-in with the development signer.
    if (config.role === 'all' || config.role === 'api') mountWebApp(app);
    const developmentTokens = app.get(DevelopmentTokens, { strict: false });
    if (developmentTokens) mountDevSignIn(app, developmentTokens);
    // Contexts register their projections when their modules initialise.
    await app.init();
    const projections = app.get(ProjectionsService);
    await projections.migrate();
    if (config.role === 'all' || config.role === 'projector') {
      await projections.start();
      if (config.deadlineCheckIntervalMs > 0) {
        app.get(DeadlineMonitor).watch(config.deadlineCheckIntervalMs);
        app.get(PersonalDataRetentionLifecycle).watch(config.deadlineCheckIntervalMs);
      }
    }
    if (config.loadDemoData && config.role === 'all') {
      const commands = app.get(CommandBus);
      const seeds = [
        organizationsSeed(commands),
        accessSeed(commands),
        directivesSeed(commands),
        inspectionsSeed(commands, projections),
        assignmentsSeed(commands, projections, clock),
        forumSeed(commands, clock),
        fundingSeed(commands),
        // Last: the chart of 2025 is replayed over everything the earlier documents set up.
        ...(config.demoReorganisation2025 ? [reorganisation2025Seed(commands, clock)] : []),
      ];
      const loaded = await seedDemoData(app.get<EventStore>(EVENT_STORE), seeds, (line) => logger.log(line));
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
