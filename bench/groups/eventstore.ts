import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase } from '../lib/postgres-admin';
import { serverCpuMicros } from '../lib/cpu';
import { formatNumber, median, rate, Sample, spread } from '../lib/stats';
import { WorkerHandle } from '../lib/worker';
import { SubjectKind } from '../subjects/store-worker';
import { AppendConfig } from '../workloads/append';
import { RawInsertConfig } from '../workloads/baseline-pg';
import { Delivery, deliveryOk, describeDelivery } from '../workloads/delivery';

/**
 * The event store group: append, read-all and catch-up throughput of our store on PostgreSQL
 * and PGlite, beside Emmett's PostgreSQL store (the peer) and plain `pg` inserts of the same
 * rows (the raw limit), all on the same cluster in the same run, interleaved run by run.
 */

const APPEND_CONFIGS: AppendConfig[] = [
  { writers: 1, batch: 1, events: 1_500 },
  { writers: 1, batch: 10, events: 6_000 },
  { writers: 8, batch: 1, events: 4_000 },
  { writers: 8, batch: 10, events: 16_000 },
];
/** Extra raw-limit points that have no event-store counterpart. */
const EXTRA_RAW: RawInsertConfig[] = [
  { clients: 1, rowsPerStatement: 100, events: 20_000 },
  { clients: 8, rowsPerStatement: 100, events: 40_000 },
];
const READ_LOG_EVENTS = 20_000;
const SEED_BATCH = 100;
const READ_PAGE = 1000;
const CATCH_UP_BATCH = 500;

interface Subject {
  key: SubjectKind;
  label: string;
  worker: WorkerHandle;
}

/** workload → subject → the measured runs (warm-ups left out) */
type Measured = Map<string, Map<string, Sample[]>>;

interface DeliveryRow {
  dataset: string;
  reader: string;
  subject: string;
  delivery: Delivery;
  /** events/s of that one read, when it is not one of the measured runs */
  rate?: number;
}

const SUBJECTS: { key: SubjectKind; label: string }[] = [
  { key: 'ours-postgres', label: 'ours, PostgreSQL' },
  { key: 'emmett-postgres', label: 'Emmett, PostgreSQL' },
  { key: 'ours-pglite', label: 'ours, PGlite' },
];
const RAW = 'raw-pg';

const appendName = (c: AppendConfig) => `append · ${c.writers} writer${c.writers > 1 ? 's' : ''} · ${c.batch} event${c.batch > 1 ? 's' : ''}/append`;
const rawName = (c: RawInsertConfig) =>
  `${c.rowsPerStatement === 1 ? 'one row per autocommit INSERT' : `${c.rowsPerStatement}-row INSERTs`} · ${c.clients} client${c.clients > 1 ? 's' : ''}`;

function scaled(events: number, unit: number, scale: number): number {
  return Math.max(unit, Math.round((events * scale) / unit) * unit);
}

/** run 0 is the warm-up (a fifth of the size, not recorded); the order of subjects rotates each run. */
async function measure(
  context: BenchContext,
  measured: Measured,
  workload: string,
  subjects: string[],
  label: (subject: string) => string,
  once: (subject: string, warmUp: boolean) => Promise<Sample>,
): Promise<void> {
  const bySubject = measured.get(workload) ?? measured.set(workload, new Map()).get(workload)!;
  for (let run = 0; run <= context.runs; run++) {
    const order = subjects.map((_, i) => subjects[(i + run) % subjects.length]);
    for (const subject of order) {
      const serverBefore = serverCpuMicros();
      const sample = await once(subject, run === 0);
      const serverAfter = serverCpuMicros();
      if (serverBefore !== undefined && serverAfter !== undefined && subject !== 'ours-pglite') sample.serverCpuMicros = serverAfter - serverBefore;
      if (run > 0) (bySubject.get(subject) ?? bySubject.set(subject, []).get(subject)!).push(sample);
      const cpu = cpuPerEvent(sample);
      context.progress(
        `${workload} · ${label(subject)} · ${run === 0 ? 'warm-up' : `run ${run}/${context.runs}`}: ${formatNumber(rate(sample))} events/s ` +
          `(${formatNumber(sample.events)} in ${formatNumber(sample.seconds, 2)} s; CPU/event ${cpu})`,
      );
    }
  }
}

/**
 * Judged on CPU per event when it is known (steady on a shared machine, and what bounds
 * throughput on 2 cores), else on the run-by-run throughput ratio.
 */
function verdict(pairedRatio: number, cpuRatio: number): string {
  if (Number.isFinite(cpuRatio)) {
    if (cpuRatio <= 1) return 'at least on par (no more CPU per event than the peer)';
    if (cpuRatio <= 1.1) return 'on par (CPU per event within 10% of the peer)';
    return `**behind the peer** (${formatNumber((cpuRatio - 1) * 100)}% more CPU per event)`;
  }
  return pairedRatio >= 1 ? 'at least on par' : pairedRatio >= 0.9 ? 'on par within the noise (±10%)' : '**behind the peer**';
}

function cpuPerEvent(sample: Sample): string {
  const client = sample.clientCpuMicros === undefined ? '?' : formatNumber(sample.clientCpuMicros / sample.events);
  return sample.serverCpuMicros === undefined ? `${client} µs` : `${client} + ${formatNumber(sample.serverCpuMicros / sample.events)} µs`;
}

export const eventStoreGroup: BenchGroup = {
  name: 'eventstore',
  summary: 'event store append / read-all / catch-up throughput: ours (PostgreSQL, PGlite) vs Emmett vs raw pg',
  async run(context: BenchContext): Promise<BenchSection> {
    const workerOptions = { adminUrl: context.adminUrl, tempDir: context.tempDir };
    const workers: WorkerHandle[] = [];
    const measured: Measured = new Map();
    const deliveries: DeliveryRow[] = [];
    const labels = new Map<string, string>([...SUBJECTS.map((s) => [s.key, s.label] as [string, string]), [RAW, 'raw pg']]);
    const label = (key: string) => labels.get(key) ?? key;
    try {
      context.progress('eventstore: starting one worker process per store');
      const subjects: Subject[] = [];
      for (const s of SUBJECTS) {
        const worker = await WorkerHandle.start(s.key, 'subjects/store-worker.ts', { ...workerOptions, subject: s.key });
        workers.push(worker);
        subjects.push({ ...s, worker });
      }
      const raw = await WorkerHandle.start(RAW, 'workloads/baseline-pg.ts', workerOptions);
      workers.push(raw);
      const byKey = new Map<string, Subject>(subjects.map((s) => [s.key, s]));

      // Appends, with the raw limit for the same shape measured in the same rounds.
      for (const s of subjects) await s.worker.call('open', { dataset: 'append' });
      await raw.call('open');
      for (const base of APPEND_CONFIGS) {
        const unit = base.writers * base.batch;
        const config = { ...base, events: scaled(base.events, unit, context.scale) };
        const warm = { ...config, events: scaled(config.events / 5, unit, 1) };
        await measure(context, measured, appendName(config), [...subjects.map((s) => s.key), RAW], label, (key, warmUp) =>
          key === RAW
            ? raw.call<Sample>('insert', { config: { clients: config.writers, rowsPerStatement: config.batch, events: (warmUp ? warm : config).events } })
            : byKey.get(key)!.worker.call<Sample>('append', { dataset: 'append', config: warmUp ? warm : config, tag: warmUp ? 'w' : 'r' }),
        );
      }
      for (const base of EXTRA_RAW) {
        const unit = base.clients * base.rowsPerStatement;
        const config = { ...base, events: scaled(base.events, unit, context.scale) };
        await measure(context, measured, rawName(config), [RAW], label, (_, warmUp) =>
          raw.call<Sample>('insert', { config: { ...config, events: warmUp ? scaled(config.events / 5, unit, 1) : config.events } }),
        );
      }
      await raw.stop();

      // The log the concurrent writers left: every reader must deliver every id exactly once.
      for (const s of subjects) {
        // The peer's catch-up runs the same query and resume rule as its read-all, one page per
        // 500 events over an unindexed sort: about a minute on this log, for no new information.
        const readers = s.key === 'emmett-postgres' ? (['readAll'] as const) : (['readAll', 'catchUp'] as const);
        for (const reader of readers) {
          context.progress(`delivery check · ${reader} of the concurrently written log · ${s.label} …`);
          const result = await s.worker.call<Sample & { delivery: Delivery }>(reader, { dataset: 'append', pageSize: READ_PAGE, batchSize: CATCH_UP_BATCH });
          deliveries.push({
            dataset: 'appended by the append runs (1 and 8 concurrent writers)',
            reader,
            subject: s.key,
            delivery: result.delivery,
            rate: rate(result),
          });
          context.progress(`delivery check · ${reader} · ${s.label}: ${describeDelivery(result.delivery)} (${formatNumber(rate(result))} events/s)`);
          if (!deliveryOk(result.delivery) && s.key !== 'emmett-postgres') {
            throw new Error(`${s.label}: ${reader} of the concurrently written log is wrong: ${describeDelivery(result.delivery)}`);
          }
        }
        await s.worker.call('closeDataset', { dataset: 'append' });
      }

      // Reads of a log written by one writer (whose order every reader agrees on).
      const logSize = scaled(READ_LOG_EVENTS, SEED_BATCH, context.scale);
      for (const s of subjects) {
        context.progress(`seeding ${formatNumber(logSize)} events for the read workloads · ${s.label} …`);
        await s.worker.call('open', { dataset: 'read' });
        await s.worker.call('seed', { dataset: 'read', events: logSize, batch: SEED_BATCH });
      }
      const checked = (key: string, reader: string) => async (sample: Sample & { delivery: Delivery }) => {
        if (!deliveryOk(sample.delivery)) throw new Error(`${label(key)}: ${reader} delivered the wrong events: ${describeDelivery(sample.delivery)}`);
        const done = deliveries.find((d) => d.subject === key && d.reader === reader && d.dataset.startsWith('seeded'));
        if (!done) deliveries.push({ dataset: `seeded by one writer (${formatNumber(logSize)} events)`, reader, subject: key, delivery: sample.delivery });
        return sample;
      };
      await measure(
        context,
        measured,
        `read-all · pages of ${READ_PAGE}`,
        subjects.map((s) => s.key),
        label,
        (key) =>
          byKey.get(key)!.worker.call<Sample & { delivery: Delivery }>('readAll', { dataset: 'read', pageSize: READ_PAGE }).then(checked(key, 'readAll')),
      );
      await measure(
        context,
        measured,
        `catch-up subscription · batches of ${CATCH_UP_BATCH}`,
        subjects.map((s) => s.key),
        label,
        (key) =>
          byKey.get(key)!.worker.call<Sample & { delivery: Delivery }>('catchUp', { dataset: 'read', batchSize: CATCH_UP_BATCH }).then(checked(key, 'catchUp')),
      );
      return { title: 'Event store', markdown: render(context, measured, deliveries, logSize, label) };
    } finally {
      await Promise.all(workers.map((worker) => worker.stop().catch(() => undefined)));
      for (const name of ['bench_ours_append', 'bench_ours_read', 'bench_emmett_append', 'bench_emmett_read', 'bench_raw']) {
        await dropDatabase(context.adminUrl, name).catch(() => undefined);
      }
    }
  },
};

function render(context: BenchContext, measured: Measured, deliveries: DeliveryRow[], logSize: number, label: (key: string) => string): string {
  const samples = (workload: string, subject: string) => measured.get(workload)?.get(subject) ?? [];
  const med = (workload: string, subject: string) => median(samples(workload, subject).map(rate));
  const cell = (value: number) => (Number.isFinite(value) ? formatNumber(value) : '—');
  const ratio = (ours: number, peer: number) => (Number.isFinite(ours) && Number.isFinite(peer) ? `**${formatNumber(ours / peer, 2)}×**` : '—');
  const isStoreWorkload = (workload: string) => /^(append|read-all|catch-up)/.test(workload);
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const [workload] of measured) {
    if (!isStoreWorkload(workload)) continue;
    const ours = med(workload, 'ours-postgres');
    const peer = med(workload, 'emmett-postgres');
    const raw = med(workload, RAW);
    rows.push([
      workload,
      cell(ours),
      cell(peer),
      ratio(ours, peer),
      cell(raw),
      Number.isFinite(raw) ? `${formatNumber((100 * ours) / raw)}%` : '—',
      cell(med(workload, 'ours-pglite')),
    ]);
    if (!workload.startsWith('catch-up') && Number.isFinite(ours / peer)) {
      const oursRuns = samples(workload, 'ours-postgres');
      const peerRuns = samples(workload, 'emmett-postgres');
      const paired = median(oursRuns.map((x, i) => rate(x) / rate(peerRuns[i])));
      const cpu = (list: Sample[]) => median(list.map((x) => ((x.clientCpuMicros ?? NaN) + (x.serverCpuMicros ?? NaN)) / x.events));
      const cpuRatio = cpu(oursRuns) / cpu(peerRuns);
      verdicts.push(
        `- ${workload}: ours/peer ${formatNumber(ours / peer, 2)} (ratio of medians), ${formatNumber(paired, 2)} (median of run-by-run ratios)` +
          (Number.isFinite(cpuRatio) ? `; CPU per event ours/peer ${formatNumber(cpuRatio, 2)}` : '') +
          ` → ${verdict(paired, cpuRatio)}`,
      );
    }
  }
  const rawRows = [...measured.keys()].filter((workload) => !isStoreWorkload(workload)).map((workload) => [workload, cell(med(workload, RAW))]);
  const eightWriters = APPEND_CONFIGS.filter((c) => c.writers === 8).map((c) => {
    const value = med(appendName(c), 'ours-postgres');
    return `- ${appendName(c)}, ours on PostgreSQL: ${cell(value)} events/s → ${value >= 5000 ? 'PASS' : '**FAIL**'} (target ≥ 5,000; raw pg with the same shape: ${cell(med(appendName(c), RAW))})`;
  });

  // CPU per event: steadier than events/s when the machine is shared.
  const cpuSubjects = ['ours-postgres', 'emmett-postgres', RAW, 'ours-pglite'];
  const cpuCell = (workload: string, subject: string) => {
    const list = samples(workload, subject);
    if (list.length === 0) return '—';
    const client = median(list.filter((x) => x.clientCpuMicros !== undefined).map((x) => x.clientCpuMicros! / x.events));
    const server = median(list.filter((x) => x.serverCpuMicros !== undefined).map((x) => x.serverCpuMicros! / x.events));
    return Number.isFinite(server) ? `${formatNumber(client)} + ${formatNumber(server)} = ${formatNumber(client + server)}` : `${formatNumber(client)}`;
  };
  const cpuRows = [...measured.keys()].filter(isStoreWorkload).map((workload) => [workload, ...cpuSubjects.map((subject) => cpuCell(workload, subject))]);
  const haveServerCpu = [...measured.values()].some((bySubject) => [...bySubject.values()].some((list) => list.some((x) => x.serverCpuMicros !== undefined)));

  const details: string[][] = [];
  for (const [workload, bySubject] of measured) {
    for (const [subject, list] of bySubject) {
      const values = list.map(rate);
      details.push([workload, label(subject), values.map((v) => formatNumber(v)).join(', '), spread(values)]);
    }
    const ours = bySubject.get('ours-postgres');
    const peer = bySubject.get('emmett-postgres');
    if (ours && peer) {
      const paired = ours.map((x, i) => rate(x) / rate(peer[i]));
      details.push([workload, '*ours / Emmett, run by run*', paired.map((v) => formatNumber(v, 2)).join(', '), `median ${formatNumber(median(paired), 2)}`]);
    }
  }
  const deliveryRows = deliveries.map((d) => [
    d.dataset,
    d.reader,
    label(d.subject),
    deliveryOk(d.delivery) ? `ok: ${describeDelivery(d.delivery)}` : `**${describeDelivery(d.delivery)}**`,
    d.rate === undefined ? 'see above' : cell(d.rate),
  ]);
  return [
    `Events/s, median of ${context.runs} runs (each after one warm-up), subjects interleaved run by run. ` +
      `Events are ~1.2 KB JSON task-progress reports with Vietnamese text; each append names its exact expected revision; ` +
      `each writer appends to its own streams (10 appends per stream). Read workloads read a log of ${formatNumber(logSize)} events written by one writer.`,
    '',
    table(['workload', 'ours, PostgreSQL', 'Emmett, PostgreSQL', 'ours / Emmett', 'raw pg, same rows & shape', 'ours / raw', 'ours, PGlite (file)'], rows),
    '',
    '"raw pg, same rows & shape": plain `pg` INSERTs of the same rows into the same `es_events` table (same indexes), ' +
      'one statement per append (one row per autocommit statement for 1 event/append, 10-row INSERTs for 10 events/append), ' +
      'as many clients as writers.',
    '',
    '**Raw limit, more shapes** (plain `pg`, same rows and table, events/s)',
    '',
    table(['shape', 'raw pg'], rawRows),
    '',
    '**Targets**',
    '',
    ...eightWriters,
    ...verdicts,
    '',
    `**CPU per event, µs** (median; client process${haveServerCpu ? ' + PostgreSQL server processes' : ''}; PGlite runs inside the client). ` +
      'On a shared machine this is steadier than events/s, and on 2 cores it is what bounds throughput.',
    '',
    table(['workload', 'ours, PostgreSQL', 'Emmett, PostgreSQL', 'raw pg', 'ours, PGlite'], cpuRows),
    '',
    '**Delivery checks** (every id written must come back exactly once)',
    '',
    table(['log', 'reader', 'store', 'result', 'events/s (one run)'], deliveryRows, ['l', 'l', 'l', 'l', 'r']),
    '',
    `Peer settings: Emmett has no read-all on its store, so its read-all pages the log with \`readMessagesBatch\` (what its consumers use); ` +
      `its catch-up is \`postgreSQLEventStoreMessageBatchPuller\` (the puller under its consumers) with no processors, ` +
      `the same batch size as ours and \`pullingFrequencyInMs: 1\` (its default, 50 ms, would pause after every batch). ` +
      `Like our subscription, neither writes checkpoints. Its catch-up is not run over the concurrently written log: it pages with the same query and the same resume-by-position rule as its read-all.`,
    '',
    '<details><summary>All runs (events/s)</summary>',
    '',
    table(['workload', 'store', 'runs', 'spread'], details, ['l', 'l', 'l', 'r']),
    '',
    '</details>',
  ].join('\n');
}
