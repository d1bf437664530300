import { PlatformConfig, readIdentity } from '../../apps/platform/src/config/platform-config';
import { IntegrationConfig, readIntegrationConfig } from '../../apps/platform/src/integration/integration-config';

/** The platform as `npm start` runs it with the demo data, on the bench's database; checks of deadlines off, quiet logs. */
export function demoPlatformConfig(
  databaseUrl: string,
  dataDir: string,
  options: { kafkaBrokers?: string[]; integration?: Partial<IntegrationConfig> } = {},
): PlatformConfig {
  return {
    dataDir,
    databaseUrl,
    eventStoreDbUrl: null,
    kafkaBrokers: options.kafkaBrokers ?? [],
    host: '127.0.0.1',
    port: 0,
    role: 'all',
    identity: readIdentity({}, dataDir),
    loadDemoData: true,
    demoReorganisation2025: true,
    deadlineCheckIntervalMs: 0,
    logLevels: ['error', 'warn'],
    integration: { ...readIntegrationConfig({}), ...options.integration },
  };
}
