import * as path from 'node:path';
import { LogLevel } from '@nestjs/common';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, IdentityOptions } from '@cpp/access';
import { IntegrationConfig, readIntegrationConfig } from '../integration/integration-config';

export type PlatformRole = 'all' | 'api' | 'projector' | 'ingest' | 'relay';

export interface PlatformConfig {
  /** Where PGlite keeps its files in the embedded default. */
  dataDir: string;
  /** PostgreSQL for the log (unless EVENTSTOREDB_URL) and the read models; PGlite when absent. */
  databaseUrl: string | null;
  eventStoreDbUrl: string | null;
  kafkaBrokers: string[];
  host: string;
  port: number;
  role: PlatformRole;
  /** Whose tokens are trusted: an OIDC provider's JWKS, or the embedded development signer. */
  identity: IdentityOptions;
  loadDemoData: boolean;
  /**
   * Whether the demo replays the 2025 reorganisation (DEMO_REORGANISATION_2025, default true).
   * Off, the demo keeps the chart of the source documents' years: for training on, and for
   * scenarios written on that chart.
   */
  demoReorganisation2025: boolean;
  /** How often the deadline monitor looks for missed and approaching deadlines; 0 turns it off. */
  deadlineCheckIntervalMs: number;
  /** Topics and sending systems of the boundary with agency systems (Kafka, or the in-process bus). */
  integration: IntegrationConfig;
  /** What the platform logs: LOG_LEVEL=error|warn|log|debug, each including the ones before. */
  logLevels: LogLevel[];
}

const ROLES: PlatformRole[] = ['all', 'api', 'projector', 'ingest', 'relay'];
const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

function logLevelsUpTo(level: string): LogLevel[] {
  const index = LOG_LEVELS.indexOf(level as LogLevel);
  if (index < 0) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${level}"`);
  return LOG_LEVELS.slice(0, index + 1);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const role = (env.PLATFORM_ROLE ?? 'all') as PlatformRole;
  if (!ROLES.includes(role)) throw new Error(`PLATFORM_ROLE must be one of ${ROLES.join(', ')}; got "${role}"`);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number; got "${env.PORT}"`);
  return {
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    eventStoreDbUrl: env.EVENTSTOREDB_URL || null,
    kafkaBrokers: (env.KAFKA_BROKERS ?? '')
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean),
    host: env.HOST ?? '127.0.0.1',
    port,
    role,
    identity: readIdentity(env, dataDir),
    loadDemoData: env.DEMO_DATA !== 'false',
    demoReorganisation2025: env.DEMO_REORGANISATION_2025 !== 'false',
    deadlineCheckIntervalMs: Number(env.DEADLINE_CHECK_INTERVAL_MS ?? 10 * 60 * 1000),
    logLevels: logLevelsUpTo(env.LOG_LEVEL ?? 'log'),
    integration: readIntegrationConfig(env),
  };
}

const seconds = (value: string | undefined, fallback: number, name: string): number => {
  const parsed = Number(value ?? fallback);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number of seconds; got "${value}"`);
  return parsed;
};

/**
 * A deployment names its OIDC provider (OIDC_JWKS_URL, OIDC_ISSUER, OIDC_AUDIENCE); without
 * one, the embedded default signs development tokens with a key pair kept beside the data,
 * so tokens printed at one start still work after a restart.
 */
export function readIdentity(env: NodeJS.ProcessEnv, dataDir: string): IdentityOptions {
  const common = {
    clockToleranceSeconds: seconds(env.OIDC_CLOCK_TOLERANCE_SECONDS, 30, 'OIDC_CLOCK_TOLERANCE_SECONDS'),
    jwksCooldownMs: seconds(env.OIDC_JWKS_COOLDOWN_SECONDS, 30, 'OIDC_JWKS_COOLDOWN_SECONDS') * 1000,
    jwksCacheMaxAgeMs: seconds(env.OIDC_JWKS_CACHE_SECONDS, 600, 'OIDC_JWKS_CACHE_SECONDS') * 1000,
  };
  if (!env.OIDC_JWKS_URL) {
    if (env.OIDC_ISSUER || env.OIDC_AUDIENCE) throw new Error('OIDC_ISSUER and OIDC_AUDIENCE need OIDC_JWKS_URL (the provider’s keys)');
    return { issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE, jwksUrl: null, developmentKeyFile: path.join(dataDir, 'dev-signing-key.json'), ...common };
  }
  if (!/^https?:\/\//.test(env.OIDC_JWKS_URL)) throw new Error(`OIDC_JWKS_URL must be an http(s) URL; got "${env.OIDC_JWKS_URL}"`);
  if (!env.OIDC_ISSUER || !env.OIDC_AUDIENCE)
    throw new Error('OIDC_JWKS_URL needs OIDC_ISSUER and OIDC_AUDIENCE: a token is accepted only from that issuer, for this platform');
  return { issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE, jwksUrl: env.OIDC_JWKS_URL, developmentKeyFile: null, ...common };
}
