import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { TokenService } from '@cpp/access';
import { readConfig } from './config/platform-config';
import { demoTokens } from './demo/demo-tokens';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const logger = new Logger('Platform');
  const config = readConfig();
  const platform = await startPlatform(config);
  const storage = config.eventStoreDbUrl ? 'EventStoreDB log' : config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  logger.log(`GraphQL at ${platform.url}/graphql, health at ${platform.url}/health (role ${config.role}, ${storage})`);
  if (config.developmentSecret) {
    const lines = demoTokens(platform.app.get(TokenService)).map(({ actor, token }) => `  ${actor.name} [${actor.roles.join(', ')}]\n    Authorization: Bearer ${token}`);
    logger.log(`development signing key in use; demo tokens (valid 30 days):\n${lines.join('\n')}`);
  }
  const shutdown = async (signal: string) => {
    logger.log(`${signal}: shutting down`);
    await platform.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
