import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FixedClock } from '@cpp/eventsourcing';
import { createPostgresTestDatabase } from '@cpp/eventsourcing/testing';
import { Actor, TokenService } from '@cpp/access';
import { PlatformConfig } from '../../apps/platform/src/config/platform-config';
import { IntegrationConfig, readIntegrationConfig } from '../../apps/platform/src/integration/integration-config';
import { RunningPlatform, startPlatform } from '../../apps/platform/src/platform';
import { GraphqlClient } from './graphql-client';

export interface TestPlatform {
  platform: RunningPlatform;
  clock: FixedClock;
  tokens: TokenService;
  /** A client authenticated as this actor. */
  as(actor: Actor): GraphqlClient;
  anonymous: GraphqlClient;
  stop(): Promise<void>;
}

export const admin: Actor = { subject: 'test-admin', name: 'Test admin', agencyId: null, roles: ['org-admin', 'steering-committee'] };
export const committee: Actor = { subject: 'test-committee', name: 'Steering committee', agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] };

/**
 * The whole platform, as `npm start` runs it, on a fresh PostgreSQL database and a clock the
 * test sets, reached over real HTTP on a loopback port.
 */
export async function startTestPlatform(options: { demoData?: boolean; now?: string; kafkaBrokers?: string[]; integration?: Partial<IntegrationConfig> } = {}): Promise<TestPlatform> {
  const database = await createPostgresTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-platform-'));
  const config: PlatformConfig = {
    dataDir,
    databaseUrl: database.url!,
    eventStoreDbUrl: null,
    kafkaBrokers: options.kafkaBrokers ?? [],
    host: '127.0.0.1',
    port: 0,
    role: 'all',
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
    developmentSecret: false,
    loadDemoData: options.demoData ?? true,
    // Tests move the clock and run the check themselves (the checkDeadlines mutation).
    deadlineCheckIntervalMs: 0,
    logLevels: ['error', 'warn'],
    integration: { ...readIntegrationConfig({}), ...options.integration },
  };
  await database.sql.close();
  const clock = new FixedClock(new Date(options.now ?? '2024-06-01T03:00:00Z'));
  const platform = await startPlatform(config, clock);
  const tokens = platform.app.get(TokenService);
  const endpoint = `${platform.url}/graphql`;
  return {
    platform,
    clock,
    tokens,
    as: (actor) => new GraphqlClient(endpoint, tokens.issue(actor)),
    anonymous: new GraphqlClient(endpoint, null),
    async stop() {
      await platform.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
