import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startThrowawayPostgres } = require('../../infra/test-services/throwaway-postgres.js');

/**
 * Real services for the whole run: a throwaway PostgreSQL cluster unless TEST_DATABASE_URL
 * names one, and a PGlite data-dir template, because creating a PGlite database costs
 * seconds (initdb in WASM) while loading a template costs half a second.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) {
    const cluster = await startThrowawayPostgres({ fsync: false });
    process.env.TEST_DATABASE_URL = cluster.url;
    (globalThis as Record<string, unknown>).__THROWAWAY_POSTGRES__ = cluster;
    // An interrupted run (Ctrl-C, a CI timeout) skips the global teardown: stop the cluster anyway.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void cluster.stop().finally(() => process.exit(130));
      });
    }
  }
  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-pglite-'));
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const file = path.join(templateDir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.PGLITE_TEMPLATE = file;
}
