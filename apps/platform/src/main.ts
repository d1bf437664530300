import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DevelopmentTokens } from '@cpp/access';
import { readConfig } from './config/platform-config';
import { demoTokens } from './demo/demo-tokens';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const logger = new Logger('Platform');
  const config = readConfig();
  const platform = await startPlatform(config);
  const storage = config.eventStoreDbUrl ? 'EventStoreDB log' : config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  logger.log(`GraphQL at ${platform.url}/graphql, health at ${platform.url}/health (role ${config.role}, ${storage})`);
  const developmentTokens = platform.app.get(DevelopmentTokens, { strict: false });
  if (developmentTokens) {
    const lines = (await demoTokens(developmentTokens)).map(
      ({ person, token }) => `  ${person.name} [${person.grants.map((grant) => grant.role).join(', ')}]\n    Authorization: Bearer ${token}`,
    );
    logger.log(
      `development signing key in use (JWKS at ${platform.url}/.well-known/jwks.json); demo tokens (valid 30 days), backed by the demo grants:\n${lines.join('\n')}`,
    );
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
