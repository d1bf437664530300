import * as fs from 'node:fs';
import * as path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as Record<string, unknown>).__THROWAWAY_POSTGRES__ as { stop(): Promise<void> } | undefined;
  await cluster?.stop();
  if (process.env.PGLITE_TEMPLATE) fs.rmSync(path.dirname(process.env.PGLITE_TEMPLATE), { recursive: true, force: true });
}
