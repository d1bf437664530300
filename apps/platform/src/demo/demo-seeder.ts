import { CommandContext, EventStore, START, systemContext } from '@cpp/eventsourcing';

/** One context's share of the demo data, loaded in order through that context's commands. */
export interface DemoSeed {
  name: string;
  seed(context: CommandContext): Promise<void>;
}

/**
 * Loads the demo data only into an empty store, so a restart (or a production database)
 * is never touched. Every fact goes through the same commands a user would send.
 */
export async function seedDemoData(store: EventStore, seeds: DemoSeed[], log: (line: string) => void): Promise<boolean> {
  const head = await store.headCheckpoint();
  if (head.transactionId !== START.transactionId || head.position !== START.position) return false;
  const context = systemContext('demo-data');
  for (const seed of seeds) {
    const started = Date.now();
    await seed.seed(context);
    log(`demo data: ${seed.name} loaded in ${Date.now() - started} ms`);
  }
  return true;
}
