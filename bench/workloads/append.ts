import { BenchEvent, makeEvents } from '../lib/payload';
import { clientCpuMicros } from '../lib/cpu';
import { Sample, seconds } from '../lib/stats';
import { StoreAdapter } from '../subjects/store-adapter';

export interface AppendConfig {
  writers: number;
  /** Events per append call. */
  batch: number;
  /** Events in the run, spread evenly over the writers. */
  events: number;
  /** Appends made to one stream before the writer moves to the next (a task gets several reports). */
  appendsPerStream?: number;
}

interface Append {
  stream: string;
  events: BenchEvent[];
  already: number;
}

let runCounter = 0;

/** The appends each writer will make, prepared before the clock starts. */
export function planAppends(config: AppendConfig, tag: string): Append[][] {
  const run = `${tag}${runCounter++}`;
  const perWriter = Math.floor(config.events / config.writers / config.batch);
  const perStream = config.appendsPerStream ?? 10;
  const plans: Append[][] = [];
  for (let w = 0; w < config.writers; w++) {
    const plan: Append[] = [];
    for (let i = 0; i < perWriter; i++) {
      const stream = `task-${run}w${w}s${Math.floor(i / perStream)}`;
      plan.push({ stream, events: makeEvents(stream, config.batch), already: (i % perStream) * config.batch });
    }
    plans.push(plan);
  }
  return plans;
}

/**
 * `writers` concurrent loops, each appending its own streams one call after another with the
 * exact expected revision. Returns events/s over the wall time; records the ids written.
 */
export async function appendWorkload(adapter: StoreAdapter, config: AppendConfig, written: Set<string>, tag = 'r'): Promise<Sample> {
  const plans = planAppends(config, tag);
  const cpu = clientCpuMicros();
  const start = process.hrtime.bigint();
  const results = await Promise.allSettled(
    plans.map(async (plan) => {
      for (const append of plan) await adapter.append(append.stream, append.events, append.already);
    }),
  );
  const elapsed = seconds(start);
  const cpuUsed = clientCpuMicros() - cpu;
  let events = 0;
  for (const plan of plans)
    for (const append of plan)
      for (const event of append.events) {
        written.add(event.id);
        events++;
      }
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return { events, seconds: elapsed, clientCpuMicros: cpuUsed };
}
