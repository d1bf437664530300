/**
 * Kafka ingest end to end: an agency system's ProgressReported messages (a plain kafkajs
 * producer) → librdkafka's mock cluster → the platform's ingest consumer group →
 * ReportTaskProgressCommand → the event store and the assignments tasks read model, both on
 * PostgreSQL. The whole platform runs in this process (role 'all', demo data); messages go to
 * the demo's open tasks, round robin, keyed by the assignee agency.
 *
 * - Sustained rate: N messages published at once; messages/s from the first publish to the
 *   last one visible in the read model (its progress report is in the task's row).
 * - Delay: messages published one by one at half that rate; publish → visible, p50 and p99.
 *   Visibility is polled every few milliseconds, which adds up to that much to each delay.
 *
 * Beside it, in the same run on the same cluster: Kafka alone (the same producer to a plain
 * kafkajs consumer group with the platform's consumer settings), and the same commands sent
 * straight through the CommandBus (no Kafka, no ingest; four senders, as ingest works on up
 * to four partitions at once). Every run checks delivery: each message applied once.
 *
 * In `npm run bench` it is the group `ingest`.
 */
import * as os from 'node:os';
import { create } from '@bufbuild/protobuf';
import { CommandBus } from '@nestjs/cqrs';
import { Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { FixedClock, systemContext } from '@cpp/eventsourcing';
import { NodePostgresSql } from '@cpp/eventsourcing/postgres';
import { ReportTaskProgressCommand } from '@cpp/assignments';
import { createEnvelope, encodeEnvelope, HEADERS, ProgressReportedSchema } from '@cpp/messaging';
import { demoAgencies } from '../../apps/platform/src/demo/organizations.demo';
import { RunningPlatform, startPlatform } from '../../apps/platform/src/platform';
import { clientCpuMicros, serverCpuMicros } from '../lib/cpu';
import { demoPlatformConfig } from '../lib/demo-platform-config';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { formatNumber, median, spread } from '../lib/stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startKafkaMock } = require('../../infra/test-services/kafka-mock.js');

const DATABASE = 'bench_ingest';
const SENDER = 'bench-gateway';
const BURST = 1_000;
const PACED = 300;
const POLL_MS = 5;
/** The platform's consumer settings (open-integration-bus.ts and the Kafka bus's default). */
const FETCH_WAIT_MS = 250;
const PARTITIONS_AT_ONCE = 4;
const NOW = '2024-06-01T03:00:00Z';

interface BenchTask {
  taskId: string;
  agencyId: string;
}

interface Message {
  task: BenchTask;
  /** The task's progress-report count once this message is visible. */
  expectedCount: number;
  sentAt: number;
  visibleAt: number;
}

interface Measurement {
  rate: number;
  p50: number;
  p99: number;
  /** CPU µs per message of this process (platform, producer, watcher) and of PostgreSQL; steadier than the rate on a busy machine. */
  cpu?: CpuPerMessage;
}

interface CpuPerMessage {
  client: number;
  server: number | undefined;
}

interface Row {
  workload: string;
  rates: number[];
  p50: number[];
  p99: number[];
  paces: number[];
  clientCpu: number[];
  serverCpu: number[];
}

const now = () => performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The tasks' progress-report counts in the read model, as a client of the read model sees them. */
class ReadModelWatch {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly sql: NodePostgresSql,
    private readonly tasks: BenchTask[],
  ) {}

  async refresh(): Promise<void> {
    const result = await this.sql.query<{ task_id: string; n: number | string }>(
      `SELECT task_id, jsonb_array_length(state->'progressReports') AS n FROM assignments_tasks WHERE task_id = ANY($1::text[])`,
      [this.tasks.map((task) => task.taskId)],
    );
    for (const row of result.rows) this.counts.set(row.task_id, Number(row.n));
  }

  count(taskId: string): number {
    return this.counts.get(taskId) ?? 0;
  }

  /** Plans `n` messages round robin over the tasks, each with the count that shows it applied. */
  plan(n: number): Message[] {
    const next = new Map(this.tasks.map((task) => [task.taskId, this.count(task.taskId)]));
    return Array.from({ length: n }, (_, i) => {
      const task = this.tasks[i % this.tasks.length];
      const expectedCount = next.get(task.taskId)! + 1;
      next.set(task.taskId, expectedCount);
      return { task, expectedCount, sentAt: Number.NaN, visibleAt: Number.NaN };
    });
  }

  /** Polls until every message was sent and is visible, stamping each when first seen; fails with the sender. */
  async until(messages: Message[], sending: Promise<unknown>): Promise<void> {
    let failure: unknown;
    const sent = sending.catch((error) => void (failure = error ?? new Error('send failed')));
    const deadline = now() + 300_000;
    let pending = messages;
    while (pending.length > 0) {
      if (failure) throw failure;
      if (now() > deadline) throw new Error(`${pending.length} of ${messages.length} messages not visible after 300 s`);
      await this.refresh();
      const seen = now();
      pending = pending.filter((message) => {
        if (Number.isNaN(message.sentAt) || this.count(message.task.taskId) < message.expectedCount) return true;
        message.visibleAt = seen;
        return false;
      });
      if (pending.length > 0) await sleep(POLL_MS);
    }
    await sent;
  }
}

function measured(messages: Message[], startedAt: number): Measurement {
  const delays = messages.map((message) => message.visibleAt - message.sentAt);
  const last = Math.max(...messages.map((message) => message.visibleAt));
  return { rate: messages.length / ((last - startedAt) / 1000), p50: percentile(delays, 50), p99: percentile(delays, 99) };
}

/** Starts counting CPU; the returned function gives the µs per message spent since. */
function cpuMeter(): (messages: number) => CpuPerMessage {
  const client = clientCpuMicros();
  const server = serverCpuMicros();
  return (messages) => {
    const serverNow = serverCpuMicros();
    return {
      client: (clientCpuMicros() - client) / messages,
      server: server === undefined || serverNow === undefined ? undefined : (serverNow - server) / messages,
    };
  };
}

/** One at a time, on schedule: each send starts at its slot (or at once when running late). */
async function paced(count: number, perSecond: number, send: (index: number) => Promise<unknown>): Promise<void> {
  const start = now();
  for (let i = 0; i < count; i++) {
    const slot = start + (i * 1000) / perSecond;
    if (slot > now()) await sleep(slot - now());
    await send(i);
  }
}

/** Messages of the Kafka-alone baseline, received by a plain consumer group. */
interface KafkaAlone {
  topic: string;
  received: Map<string, number>;
  duplicates: number;
}

class Subjects {
  private run = 0;

  constructor(
    private readonly watch: ReadModelWatch,
    private readonly producer: Producer,
    private readonly inboundTopic: string,
    private readonly commands: CommandBus,
    private readonly kafkaAlone: KafkaAlone,
  ) {}

  async ingestBurst(n: number): Promise<Measurement> {
    const run = this.run++;
    const messages = await this.planned(n);
    const cpu = cpuMeter();
    const startedAt = now();
    const sending = (async () => {
      for (let i = 0; i < messages.length; i += 100) {
        const chunk = messages.slice(i, i + 100);
        const records = chunk.map((message, j) => this.record(message, `burst-${run}-${i + j}`));
        const sentAt = now();
        for (const message of chunk) message.sentAt = sentAt;
        await this.producer.send({ topic: this.inboundTopic, acks: -1, messages: records });
      }
    })();
    await this.watch.until(messages, sending);
    return { ...measured(messages, startedAt), cpu: cpu(n) };
  }

  async ingestPaced(n: number, perSecond: number): Promise<Measurement> {
    const run = this.run++;
    const messages = await this.planned(n);
    const startedAt = now();
    const sending = paced(n, perSecond, (i) => {
      const record = this.record(messages[i], `paced-${run}-${i}`);
      messages[i].sentAt = now();
      return this.producer.send({ topic: this.inboundTopic, acks: -1, messages: [record] });
    });
    await this.watch.until(messages, sending);
    return measured(messages, startedAt);
  }

  /** The same commands from four senders, each keeping its agencies' order, as ingest's partitions do. */
  async commandsBurst(n: number): Promise<Measurement> {
    const messages = await this.planned(n);
    const cpu = cpuMeter();
    const startedAt = now();
    const lanes = Array.from({ length: PARTITIONS_AT_ONCE }, (_, lane) => messages.filter((message) => laneOf(message.task.agencyId) === lane));
    const sending = Promise.all(
      lanes.map(async (lane) => {
        for (const message of lane) {
          message.sentAt = now();
          await this.command(message);
        }
      }),
    );
    await this.watch.until(messages, sending);
    return { ...measured(messages, startedAt), cpu: cpu(n) };
  }

  async commandsPaced(n: number, perSecond: number): Promise<Measurement> {
    const messages = await this.planned(n);
    const startedAt = now();
    const sending = paced(n, perSecond, (i) => {
      messages[i].sentAt = now();
      return this.command(messages[i]);
    });
    await this.watch.until(messages, sending);
    return measured(messages, startedAt);
  }

  async kafkaBurst(n: number): Promise<Measurement> {
    const ids = this.kafkaIds(n);
    const sentAt = new Map<string, number>();
    const cpu = cpuMeter();
    const startedAt = now();
    for (let i = 0; i < n; i += 100) {
      const chunk = ids.slice(i, i + 100);
      const at = now();
      for (const id of chunk) sentAt.set(id, at);
      await this.producer.send({ topic: this.kafkaAlone.topic, acks: -1, messages: chunk.map((id, j) => ({ key: `agency-${(i + j) % 40}`, value: id })) });
    }
    return { ...(await this.kafkaReceived(ids, sentAt, startedAt)), cpu: cpu(n) };
  }

  async kafkaPaced(n: number, perSecond: number): Promise<Measurement> {
    const ids = this.kafkaIds(n);
    const sentAt = new Map<string, number>();
    const startedAt = now();
    await paced(n, perSecond, (i) => {
      sentAt.set(ids[i], now());
      return this.producer.send({ topic: this.kafkaAlone.topic, acks: -1, messages: [{ key: `agency-${i % 40}`, value: ids[i] }] });
    });
    return this.kafkaReceived(ids, sentAt, startedAt);
  }

  private async planned(n: number): Promise<Message[]> {
    await this.watch.refresh();
    return this.watch.plan(n);
  }

  private record(message: Message, id: string) {
    const envelope = createEnvelope({
      messageId: id,
      agencyId: message.task.agencyId,
      occurredAt: NOW,
      payload: {
        case: 'progressReported',
        value: create(ProgressReportedSchema, { taskId: message.task.taskId, percentComplete: message.expectedCount % 100, summary: `Tiến độ ${id}` }),
      },
    });
    return { key: message.task.agencyId, value: Buffer.from(encodeEnvelope(envelope)), headers: { [HEADERS.sender]: SENDER } };
  }

  private command(message: Message) {
    const context = { ...systemContext('bench'), actor: `agency-system:${SENDER}`, agency: message.task.agencyId };
    return this.commands.execute(
      new ReportTaskProgressCommand({ taskId: message.task.taskId, percent: message.expectedCount % 100, summary: 'Tiến độ' }, context),
    );
  }

  private kafkaIds(n: number): string[] {
    const run = this.run++;
    return Array.from({ length: n }, (_, i) => `kafka-${run}-${i}`);
  }

  private async kafkaReceived(ids: string[], sentAt: Map<string, number>, startedAt: number): Promise<Measurement> {
    const deadline = now() + 120_000;
    while (ids.some((id) => !this.kafkaAlone.received.has(id))) {
      if (now() > deadline) throw new Error('Kafka alone: messages not received within 120 s');
      await sleep(POLL_MS);
    }
    const delays = ids.map((id) => this.kafkaAlone.received.get(id)! - sentAt.get(id)!);
    const last = Math.max(...ids.map((id) => this.kafkaAlone.received.get(id)!));
    return { rate: ids.length / ((last - startedAt) / 1000), p50: percentile(delays, 50), p99: percentile(delays, 99) };
  }
}

function laneOf(agencyId: string): number {
  let hash = 0;
  for (const char of agencyId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % PARTITIONS_AT_ONCE;
}

/** Every message applied once: as many progress reports and processed messages as were sent, nothing dead-lettered. */
async function checkDelivery(sql: NodePostgresSql, sent: { reports: number; ingested: number }, kafkaAlone: KafkaAlone, kafkaSent: number): Promise<string> {
  const reports = Number(
    (
      await sql.query<{ n: string }>(`SELECT count(*) AS n FROM es_events WHERE event_type = 'TaskProgressReported' AND actor = $1`, [
        `agency-system:${SENDER}`,
      ])
    ).rows[0].n,
  );
  const outcomes = await sql.query<{ outcome: string; n: string }>(
    `SELECT outcome, count(*) AS n FROM integration_processed_messages WHERE sender = $1 GROUP BY outcome`,
    [SENDER],
  );
  const byOutcome = Object.fromEntries(outcomes.rows.map((row) => [row.outcome, Number(row.n)]));
  const applied = byOutcome.applied ?? 0;
  const deadLettered = byOutcome['dead-lettered'] ?? 0;
  const line =
    `${formatNumber(reports)} progress reports written for ${formatNumber(sent.reports)} sent (${formatNumber(sent.ingested)} through Kafka: ${formatNumber(applied)} applied once, ` +
    `${formatNumber(deadLettered)} dead-lettered); Kafka alone: ${formatNumber(kafkaAlone.received.size)} of ${formatNumber(kafkaSent)} received, ${kafkaAlone.duplicates} duplicates`;
  if (reports !== sent.reports || applied !== sent.ingested || deadLettered > 0 || kafkaAlone.received.size !== kafkaSent)
    throw new Error(`Delivery check failed: ${line}`);
  return line;
}

async function openTasks(sql: NodePostgresSql): Promise<BenchTask[]> {
  const result = await sql.query<{ task_id: string; assignee_agency_id: string }>(
    `SELECT task_id, assignee_agency_id FROM assignments_tasks WHERE status IN ('assigned', 'acknowledged', 'in-progress') ORDER BY task_id`,
  );
  return result.rows.map((row) => ({ taskId: row.task_id, agencyId: row.assignee_agency_id }));
}

function platformConfig(databaseUrl: string, brokers: string[], dataDir: string, suffix: string) {
  return demoPlatformConfig(databaseUrl, dataDir, {
    kafkaBrokers: brokers,
    integration: {
      inboundTopic: `bench.agency.inbound.${suffix}`,
      publicTopic: `bench.platform.public.${suffix}`,
      ingestGroup: `bench-ingest-${suffix}`,
      // One gateway for every agency of the demo chart: the bench measures the path, not the agreements.
      senders: { [SENDER]: demoAgencies.map((agency) => agency.agencyId) },
    },
  });
}

export async function runIngest(context: BenchContext): Promise<BenchSection> {
  const burst = Math.round(BURST * context.scale);
  const pacedCount = Math.round(PACED * context.scale);
  const suffix = Date.now().toString(36);
  const kafka = await startKafkaMock();
  const url = await freshDatabase(context.adminUrl, DATABASE);
  const observer = new NodePostgresSql(url);
  let platform: RunningPlatform | undefined;
  let producer: Producer | undefined;
  let consumer: Consumer | undefined;
  const rows: Row[] = [
    { workload: 'Kafka ingest → tasks read model (the platform)', rates: [], p50: [], p99: [], paces: [], clientCpu: [], serverCpu: [] },
    { workload: 'baseline: Kafka alone (plain producer → consumer group)', rates: [], p50: [], p99: [], paces: [], clientCpu: [], serverCpu: [] },
    { workload: 'baseline: the same commands through the CommandBus, no Kafka', rates: [], p50: [], p99: [], paces: [], clientCpu: [], serverCpu: [] },
  ];
  const notes: string[] = [];
  try {
    context.progress('ingest: starting the platform (demo data, PostgreSQL, Kafka on the mock cluster)');
    const started = Date.now();
    const config = platformConfig(url, kafka.brokers, context.tempDir, suffix);
    platform = await startPlatform(config, new FixedClock(new Date(NOW)));
    const tasks = await openTasks(observer);
    notes.push(
      `Platform with the demo data started in ${((Date.now() - started) / 1000).toFixed(1)} s; ${tasks.length} open tasks of ${new Set(tasks.map((t) => t.agencyId)).size} agencies receive the messages, round robin.`,
    );

    const client = new Kafka({ clientId: 'bench-agency', brokers: kafka.brokers, logLevel: logLevel.NOTHING });
    producer = client.producer({ idempotent: false, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    const kafkaAlone: KafkaAlone = { topic: `bench.kafka-alone.${suffix}`, received: new Map(), duplicates: 0 };
    consumer = client.consumer({ groupId: `bench-kafka-alone-${suffix}`, maxWaitTimeInMs: FETCH_WAIT_MS });
    await consumer.connect();
    await consumer.subscribe({ topics: [kafkaAlone.topic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      eachMessage: async ({ message }) => {
        const id = message.value!.toString();
        if (kafkaAlone.received.has(id)) kafkaAlone.duplicates++;
        else kafkaAlone.received.set(id, now());
      },
    });
    const subjects = new Subjects(new ReadModelWatch(observer, tasks), producer, config.integration.inboundTopic, platform.app.get(CommandBus), kafkaAlone);
    // Warm-up: the consumer groups join, and every path is taken once.
    const warmUp = 100;
    await subjects.ingestBurst(warmUp);
    await subjects.kafkaBurst(warmUp);
    await subjects.commandsBurst(warmUp);
    const sent = { reports: 2 * warmUp, ingested: warmUp };
    let kafkaSent = warmUp;
    for (let run = 1; run <= context.runs; run++) {
      const ingestBurst = await subjects.ingestBurst(burst);
      const pace = Math.max(1, Math.round(ingestBurst.rate / 2));
      const ingestDelay = await subjects.ingestPaced(pacedCount, pace);
      const kafkaBurst = await subjects.kafkaBurst(burst);
      const kafkaDelay = await subjects.kafkaPaced(pacedCount, pace);
      const commandsBurst = await subjects.commandsBurst(burst);
      const commandsDelay = await subjects.commandsPaced(pacedCount, pace);
      sent.reports += 2 * (burst + pacedCount);
      sent.ingested += burst + pacedCount;
      kafkaSent += burst + pacedCount;
      for (const [row, sustained, delay] of [
        [rows[0], ingestBurst, ingestDelay],
        [rows[1], kafkaBurst, kafkaDelay],
        [rows[2], commandsBurst, commandsDelay],
      ] as const) {
        row.rates.push(sustained.rate);
        row.p50.push(delay.p50);
        row.p99.push(delay.p99);
        row.paces.push(pace);
        if (sustained.cpu) row.clientCpu.push(sustained.cpu.client);
        if (sustained.cpu?.server !== undefined) row.serverCpu.push(sustained.cpu.server);
      }
      const [ingestRate, kafkaRate, commandsRate] = [ingestBurst.rate, kafkaBurst.rate, commandsBurst.rate];
      context.progress(
        `ingest run ${run}: ${formatNumber(ingestRate)} msg/s sustained; at ${pace}/s p50 ${ingestDelay.p50.toFixed(0)} ms, p99 ${ingestDelay.p99.toFixed(0)} ms ` +
          `(Kafka alone ${formatNumber(kafkaRate)} msg/s, p99 ${kafkaDelay.p99.toFixed(0)} ms; commands ${formatNumber(commandsRate)}/s, p99 ${commandsDelay.p99.toFixed(0)} ms); ` +
          `CPU µs/message process + PostgreSQL: ingest ${cpuText(ingestBurst.cpu)}, commands ${cpuText(commandsBurst.cpu)}; load ${os.loadavg()[0].toFixed(1)}`,
      );
    }
    notes.push(`Delivery: ${await checkDelivery(observer, sent, kafkaAlone, kafkaSent)}.`);
  } finally {
    await Promise.all([producer?.disconnect(), consumer?.disconnect()]);
    await platform?.stop();
    await observer.close();
    await dropDatabase(context.adminUrl, DATABASE);
    await kafka.stop();
  }
  return { title: 'Kafka ingest (publish → visible in the read model)', markdown: render(rows, notes, burst, pacedCount, context.runs) };
}

function cpuText(cpu: CpuPerMessage | undefined): string {
  if (!cpu) return 'n/a';
  return `${formatNumber(cpu.client)} + ${cpu.server === undefined ? 'n/a' : formatNumber(cpu.server)}`;
}

function render(rows: Row[], notes: string[], burst: number, pacedCount: number, runs: number): string {
  return [
    `An agency system's ProgressReported messages through librdkafka's mock cluster (kcat, 3 brokers, 4 partitions per topic) into the platform ` +
      `(ingest → ReportTaskProgressCommand → event store → tasks projection, all on PostgreSQL, one Node process). Sustained rate: ${formatNumber(burst)} messages published at once, ` +
      `counted from the first publish to the last visible in the read model. Delay: ${formatNumber(pacedCount)} messages published one at a time at half the run's sustained ` +
      `rate, publish → visible (read model polled every ${POLL_MS} ms). CPU: µs per message in the sustained run, of the bench's Node process (the platform, the ` +
      `agency's producer, the watcher) and of the PostgreSQL cluster; steadier than the rates on a shared machine. Medians of ${runs} runs after a warm-up.`,
    '',
    table(
      ['workload', 'messages/s sustained', 'CPU µs/message (process + PostgreSQL)', 'paced at (msg/s)', 'p50 ms', 'p99 ms'],
      rows.map((row) => [
        row.workload,
        `${formatNumber(median(row.rates))} ${spread(row.rates)}`,
        `${formatNumber(median(row.clientCpu))} + ${row.serverCpu.length ? formatNumber(median(row.serverCpu)) : 'n/a'}`,
        formatNumber(median(row.paces)),
        `${formatNumber(median(row.p50))} ${spread(row.p50)}`,
        `${formatNumber(median(row.p99))} ${spread(row.p99)}`,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    ...notes.map((note) => `- ${note}`),
    `- The mock cluster answers a fetch that finds nothing only when its wait (${FETCH_WAIT_MS} ms, the platform's setting) is up, and the projections poll an idle log every 200 ms: both bound the delay of a message that arrives on a quiet topic.`,
    '- Every message is read back: the delivery line counts the events written and the messages ingest recorded as applied.',
  ].join('\n');
}

export const ingestGroup: BenchGroup = {
  name: 'ingest',
  summary: 'Kafka ingest rate (messages/s to visible in the read model) and p50/p99 publish → visible, beside Kafka alone and direct commands',
  run: runIngest,
};
