import { clientCpuMicros } from '../lib/cpu';
import { Sample, seconds } from '../lib/stats';
import { StoreAdapter } from '../subjects/store-adapter';
import { checkDelivery, Delivery } from './delivery';

/**
 * A new subscription from the start of the log: time until it has delivered as many events as
 * were written. A reader that drops events never gets there: after `stallMs` without a new
 * batch it is stopped and the shortfall is reported instead of a rate.
 */
export async function catchUpWorkload(
  adapter: StoreAdapter,
  batchSize: number,
  written: Set<string>,
  stallMs = 5000,
): Promise<Sample & { delivery: Delivery }> {
  const ids: string[] = [];
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let doneAt: bigint | undefined;
  let cpuAtDone: number | undefined;
  let lastProgress = Date.now();
  const watchdog = setInterval(() => {
    if (Date.now() - lastProgress > stallMs) finish();
  }, 250);
  const cpu = clientCpuMicros();
  const start = process.hrtime.bigint();
  try {
    await adapter.catchUp(
      batchSize,
      (batch) => {
        for (const id of batch) ids.push(id);
        lastProgress = Date.now();
        if (doneAt === undefined && ids.length >= written.size) {
          doneAt = process.hrtime.bigint();
          cpuAtDone = clientCpuMicros();
          finish();
        }
      },
      done,
    );
  } finally {
    clearInterval(watchdog);
  }
  const elapsed = doneAt === undefined ? Number.NaN : Number(doneAt - start) / 1e9;
  // Events that arrive after the target (duplicates) still count against the check.
  return {
    events: ids.length,
    seconds: elapsed || seconds(start),
    clientCpuMicros: (cpuAtDone ?? clientCpuMicros()) - cpu,
    delivery: checkDelivery(written, ids),
  };
}
