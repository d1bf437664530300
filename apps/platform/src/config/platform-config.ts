import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LogLevel } from '@nestjs/common';
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
  jwtSecret: string;
  /** True when the secret was generated for this data folder: demo tokens are printed. */
  developmentSecret: boolean;
  loadDemoData: boolean;
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
  const { secret, generated } = env.JWT_SECRET ? { secret: env.JWT_SECRET, generated: false } : developmentSecret(dataDir);
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  return {
    dataDir,
    databaseUrl: env.DATABASE_URL || null,
    eventStoreDbUrl: env.EVENTSTOREDB_URL || null,
    kafkaBrokers: (env.KAFKA_BROKERS ?? '').split(',').map((broker) => broker.trim()).filter(Boolean),
    host: env.HOST ?? '127.0.0.1',
    port,
    role,
    jwtSecret: secret,
    developmentSecret: generated,
    loadDemoData: env.DEMO_DATA !== 'false',
    deadlineCheckIntervalMs: Number(env.DEADLINE_CHECK_INTERVAL_MS ?? 10 * 60 * 1000),
    logLevels: logLevelsUpTo(env.LOG_LEVEL ?? 'log'),
    integration: readIntegrationConfig(env),
  };
}

/**
 * Embedded mode only: a signing key kept beside the data, so tokens printed at one start
 * still work after a restart. A deployment sets JWT_SECRET.
 */
function developmentSecret(dataDir: string): { secret: string; generated: boolean } {
  const file = path.join(dataDir, 'dev-jwt-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return { secret: fs.readFileSync(file, 'utf8').trim(), generated: true };
}
