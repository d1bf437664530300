import { clientCpuMicros } from '../lib/cpu';
import { Sample, seconds } from '../lib/stats';
import { StoreAdapter } from '../subjects/store-adapter';
import { checkDelivery, Delivery } from './delivery';

/** Reads the whole global log in pages and checks every written id came back exactly once. */
export async function readAllWorkload(adapter: StoreAdapter, pageSize: number, written: Set<string>): Promise<Sample & { delivery: Delivery }> {
  const ids: string[] = [];
  const cpu = clientCpuMicros();
  const start = process.hrtime.bigint();
  await adapter.readAll(pageSize, (page) => {
    for (const id of page) ids.push(id);
  });
  const elapsed = seconds(start);
  const cpuUsed = clientCpuMicros() - cpu;
  return { events: ids.length, seconds: elapsed, clientCpuMicros: cpuUsed, delivery: checkDelivery(written, ids) };
}
