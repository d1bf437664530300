import { TestPlatform } from '../support/platform-harness';

/** The log's head as the health endpoint reports it: unchanged means nothing was written. */
export async function logHead(t: TestPlatform): Promise<unknown> {
  const response = await fetch(`${t.platform.url}/health`);
  return ((await response.json()) as { log: { head: unknown } }).log.head;
}
