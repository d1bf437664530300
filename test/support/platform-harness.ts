import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FixedClock } from '@cpp/eventsourcing';
import { createPostgresTestDatabase } from '@cpp/eventsourcing/testing';
import { Actor, DevelopmentTokens, IdentityOptions } from '@cpp/access';
import { PlatformConfig, readIdentity } from '../../apps/platform/src/config/platform-config';
import { IntegrationConfig, readIntegrationConfig } from '../../apps/platform/src/integration/integration-config';
import { RunningPlatform, startPlatform } from '../../apps/platform/src/platform';
import { GraphqlClient } from './graphql-client';
import { recordGrants } from './test-grants';
import { testPeople } from './test-people';

export interface TestPlatform {
  platform: RunningPlatform;
  clock: FixedClock;
  /** The embedded development signer (absent when the test trusts its own identity provider). */
  tokens: DevelopmentTokens | null;
  /** Records the grants behind an actor (once), as an administrator would. */
  grant(actor: Actor): Promise<void>;
  /** A client authenticated as this actor, with the grants its roles name. */
  as(actor: Actor): GraphqlClient;
  /** A client sending this bearer token as is. */
  withToken(token: string): GraphqlClient;
  anonymous: GraphqlClient;
  /** Stops the platform and starts it again on the same database and files, the integration configuration changed as given. */
  restart(integration?: Partial<IntegrationConfig>): Promise<void>;
  stop(): Promise<void>;
}

export const admin: Actor = { subject: 'test-admin', name: 'Test admin', agencyId: null, roles: ['org-admin', 'steering-committee'] };
export const committee: Actor = { subject: 'test-committee', name: 'Steering committee', agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] };
/**
 * The suites' committee reads every province (they compare Sóc Trăng with Tuyên Quang): it is
 * granted the national jurisdiction. A provincial committee is what test/access grants.
 */
const JURISDICTION_OF: Record<string, string> = { [committee.subject]: 'viet-nam' };

/**
 * The whole platform, as `npm start` runs it, on a fresh PostgreSQL database and a clock the
 * test sets, reached over real HTTP on a loopback port.
 */
export async function startTestPlatform(
  options: {
    demoData?: boolean;
    now?: string;
    kafkaBrokers?: string[];
    integration?: Partial<IntegrationConfig>;
    identity?: Partial<IdentityOptions>;
    reorganisation2025?: boolean;
  } = {},
): Promise<TestPlatform> {
  const database = await createPostgresTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-platform-'));
  let config: PlatformConfig = {
    dataDir,
    databaseUrl: database.url!,
    eventStoreDbUrl: null,
    kafkaBrokers: options.kafkaBrokers ?? [],
    host: '127.0.0.1',
    port: 0,
    role: 'all',
    identity: { ...readIdentity({}, dataDir), ...options.identity },
    loadDemoData: options.demoData ?? true,
    demoReorganisation2025: options.reorganisation2025 ?? true,
    // Tests move the clock and run the check themselves (the checkDeadlines mutation).
    deadlineCheckIntervalMs: 0,
    logLevels: ['error', 'warn'],
    integration: { ...readIntegrationConfig({}), ...options.integration },
  };
  await database.sql.close();
  const clock = new FixedClock(new Date(options.now ?? '2024-06-01T03:00:00Z'));
  let platform = await startPlatform(config, clock);
  const tokensOf = (running: RunningPlatform) => running.app.get(DevelopmentTokens, { strict: false });
  let tokens = tokensOf(platform);
  // Read at each request: a restarted platform listens on another port.
  const endpoint = () => `${platform.url}/graphql`;
  const granted = new Map<string, Promise<void>>();
  const grant = (actor: Actor): Promise<void> => {
    const key = JSON.stringify([actor.subject, actor.agencyId, [...actor.roles].sort()]);
    if (!granted.has(key)) granted.set(key, recordGrants(platform.app, actor, JURISDICTION_OF[actor.subject] ?? null));
    return granted.get(key)!;
  };
  // Granted before any test reads the log head.
  for (const person of [admin, committee, ...testPeople]) await grant(person);
  return {
    get platform() {
      return platform;
    },
    clock,
    get tokens() {
      return tokens;
    },
    grant,
    as: (actor) =>
      new GraphqlClient(endpoint, async () => {
        if (!tokens) throw new Error('This platform trusts an external identity provider: sign tokens with it');
        await grant(actor);
        return tokens.issue({ subject: actor.subject, name: actor.name });
      }),
    withToken: (token) => new GraphqlClient(endpoint, token),
    anonymous: new GraphqlClient(endpoint, null),
    async restart(integration = {}) {
      await platform.stop();
      config = { ...config, integration: { ...config.integration, ...integration } };
      platform = await startPlatform(config, clock);
      tokens = tokensOf(platform);
    },
    async stop() {
      await platform.stop();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
