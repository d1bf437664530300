import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { LogLevel } from '@nestjs/common';
import { Actor, DevelopmentTokens } from '@cpp/access';
import { FixedClock, Sql, systemContext } from '@cpp/eventsourcing';
import { ProjectionsService, READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { IncomingRecord, IntegrationBus } from '@cpp/messaging';
import { PlatformConfig, readIdentity } from '../../apps/platform/src/config/platform-config';
import { organizationsSeed } from '../../apps/platform/src/demo/organizations.seed';
import { readIntegrationConfig } from '../../apps/platform/src/integration/integration-config';
import { IntegrationService } from '../../apps/platform/src/integration/integration.service';
import { RunningPlatform, startPlatform } from '../../apps/platform/src/platform';
import { GraphqlClient } from '../support/graphql-client';
import { recordGrants } from '../support/test-grants';
import { CONSENT, CONVENE, DETAILS, FORWARD, ministry, NATIONAL_FORUM, PERSONAL, PROVINCE_FORUM, RAISE, SELECT, WITHDRAW, youthUnion } from './forum-fixture';
import { dumpEveryTable, findReadable, keysIn, readFilesUnder } from './readable-anywhere';

jest.setTimeout(180_000);

const EVERY_LOG_LEVEL: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];
const CHECK = `mutation { checkDeadlines { overdueRecorded } }`;
const DELEGATE = `query ($id: ID!) { childForumDelegate(id: $id) { subjectId } }`;

interface Harness {
  platform: RunningPlatform;
  clock: FixedClock;
  as(actor: typeof youthUnion): GraphqlClient;
  /** Where the database keeps its files: the cluster's data directory, or PGlite's. */
  dataDir(): Promise<string>;
  stop(): Promise<void>;
}

/** The platform as `npm start` runs it, with every log level on, on PostgreSQL or on PGlite in a data folder. */
async function start(adapter: 'postgres' | 'pglite'): Promise<Harness> {
  const database: TestDatabase | null = adapter === 'postgres' ? await createPostgresTestDatabase() : null;
  await database?.sql.close();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-erasure-'));
  const config: PlatformConfig = {
    dataDir,
    databaseUrl: database?.url ?? null,
    eventStoreDbUrl: null,
    kafkaBrokers: [],
    host: '127.0.0.1',
    port: 0,
    role: 'all',
    identity: readIdentity({}, dataDir),
    loadDemoData: false,
    demoReorganisation2025: false,
    deadlineCheckIntervalMs: 0,
    logLevels: EVERY_LOG_LEVEL,
    integration: readIntegrationConfig({}),
  };
  const clock = new FixedClock(new Date('2019-05-21T03:00:00Z'));
  const platform = await startPlatform(config, clock);
  // Searching the data takes longer than the server keeps an idle connection: the next request must not meet a closing socket.
  platform.app.getHttpServer().keepAliveTimeout = 120_000;
  const tokens = platform.app.get(DevelopmentTokens, { strict: false });
  const granted = new Map<string, Promise<void>>();
  // The token says who; what they may do is granted as an administrator would.
  const grant = (actor: Actor): Promise<void> => {
    if (!granted.has(actor.subject)) granted.set(actor.subject, recordGrants(platform.app, actor));
    return granted.get(actor.subject)!;
  };
  const sql = platform.app.get<Sql>(READ_MODEL_SQL);
  return {
    platform,
    clock,
    as: (actor) =>
      new GraphqlClient(`${platform.url}/graphql`, async () => {
        await grant(actor);
        return tokens.issue({ subject: actor.subject, name: actor.name });
      }),
    async dataDir() {
      if (adapter === 'pglite') return path.join(dataDir, 'pglite');
      return (await sql.query<{ data_directory: string }>('SHOW data_directory')).rows[0].data_directory;
    },
    async stop() {
      await platform.stop();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe.each(['postgres', 'pglite'] as const)('erasure on %s: once a delegate withdraws, their name can be read nowhere', (adapter) => {
  const name = `Hoàng Thị Quỳnh Zephyrine ${randomBytes(4).toString('hex')}`;
  const school = `Trường THCS Vạn Linh ${randomBytes(4).toString('hex')}`;
  let h: Harness;
  let logs: string[];
  let relayed: IncomingRecord[];
  let bus: IntegrationBus;
  let subjectId: string;
  const stops: (() => Promise<void>)[] = [];

  async function everything() {
    const sql = h.platform.app.get<Sql>(READ_MODEL_SQL);
    await sql.query('CHECKPOINT');
    const texts = await dumpEveryTable(sql);
    texts.set('logs', logs.join(''));
    texts.set(
      'relayed records',
      relayed.map((record) => `${record.topic} ${record.key?.toString('utf8')} ${record.value?.toString('utf8')} ${JSON.stringify(record.headers)}`).join('\n'),
    );
    return { texts, files: readFilesUnder(await h.dataDir()) };
  }

  beforeAll(async () => {
    logs = [];
    relayed = [];
    for (const stream of [process.stdout, process.stderr]) {
      const spy = jest.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
        logs.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      }) as typeof stream.write);
      stops.push(async () => spy.mockRestore());
    }
    h = await start(adapter);
    await organizationsSeed(h.platform.app.get(CommandBus)).seed(systemContext('demo-data'));
    await h.platform.app.get(ProjectionsService).caughtUp();
    bus = h.platform.app.get(IntegrationService).bus!;
    const config = readIntegrationConfig({});
    const subscription = await bus.subscribe({
      groupId: 'erasure-test',
      topics: [config.publicTopic, config.inboundTopic, `${config.inboundTopic}.dlq`],
      handler: async (record) => void relayed.push(record),
    });
    stops.unshift(() => subscription.stop());

    await h.as(ministry).ok(CONVENE, {
      input: {
        forumId: NATIONAL_FORUM,
        level: 'national',
        edition: '6',
        title: 'Diễn đàn trẻ em quốc gia lần thứ 6',
        theme: 'Trẻ em với phòng, chống xâm hại',
        organiserAgencyId: 'bo-ldtbxh',
        localityUnitId: 'viet-nam',
        heldOn: '2019-08-15',
      },
    });
    await h.as(youthUnion).ok(CONVENE, {
      input: {
        forumId: PROVINCE_FORUM,
        level: 'province',
        edition: '2019',
        title: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2019',
        theme: 'Phòng, chống đuối nước',
        organiserAgencyId: 'tinh-doan-lang-son',
        localityUnitId: 'lang-son',
        heldOn: '2019-05-20',
        parentForumId: NATIONAL_FORUM,
        responseDays: 10,
      },
    });
    // A forum fact that does travel: its response obligation goes overdue and the relay publishes that.
    await h.as(youthUnion).ok(RAISE, {
      input: {
        recommendationId: 'kn-an-toan-mang',
        forumId: PROVINCE_FORUM,
        raisedBy: 'nhóm trẻ em thành phố Lạng Sơn',
        theme: 'online-safety',
        text: 'Dạy chúng em cách an toàn khi lên mạng.',
      },
    });
    await h.as(youthUnion).ok(FORWARD, { input: { recommendationId: 'kn-an-toan-mang', responsibleAgencyId: 'so-tttt-lang-son', forwardedOn: '2019-05-21' } });

    await h.as(youthUnion).ok(SELECT, {
      input: {
        delegateId: 'ls-erasure',
        forumId: PROVINCE_FORUM,
        ageBand: '11-14',
        sex: 'female',
        ethnicity: 'Tày',
        localityUnitId: 'tp-lang-son',
        selectingBody: 'Diễn đàn trẻ em tỉnh',
        consentReference: 'PDY-E-01',
      },
    });
    await h.as(youthUnion).ok(CONSENT, { input: { delegateId: 'ls-erasure', givenBy: 'guardian', consentReference: 'PDY-E-01-G' } });
    await h.as(youthUnion).ok(CONSENT, { input: { delegateId: 'ls-erasure', givenBy: 'child', consentReference: 'PDY-E-01-C' } });
    await h.as(youthUnion).ok(DETAILS, { input: { delegateId: 'ls-erasure', name, school } });
    subjectId = (await h.as(youthUnion).ok(DELEGATE, { id: 'ls-erasure' })).childForumDelegate.subjectId;
    expect((await h.as(youthUnion).ok(PERSONAL, { id: 'ls-erasure', purpose: 'to send the invitation' })).childForumDelegatePersonalData[0]).toEqual({
      field: 'name',
      erased: false,
      value: name,
    });

    h.clock.set('2019-06-05T03:00:00Z');
    expect((await h.as(ministry).ok(CHECK)).checkDeadlines.overdueRecorded).toBe(1);
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await h?.stop();
  });

  it('control: while the key is kept, the same search reads the name (the sealed value opens with the key it finds)', async () => {
    const { texts, files } = await everything();
    const findings = findReadable(name, texts, files);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.how === 'opened with a key in the dump')).toBe(true);
    expect(texts.get('logs')).toMatch(/Projections|RoutesResolver|Nest/);
    expect(files.size).toBeGreaterThan(10);
    // The file scan sees what the database holds: the keys are in its table files while kept.
    const tableFiles = [...files].filter(([file]) => !file.includes(`${path.sep}pg_wal${path.sep}`));
    for (const key of keysIn(texts.get('public.personal_data_subject_keys')!)) expect(tableFiles.some(([, content]) => content.includes(key))).toBe(true);
  });

  it('after the withdrawal and a rebuild of every projection, neither the name nor the school is readable in any table, data file, relayed record or log line', async () => {
    const before = await everything();
    const keys = keysIn(before.texts.get('public.personal_data_subject_keys')!);
    expect(keys).toHaveLength(2);

    await h.as(youthUnion).ok(WITHDRAW, { input: { delegateId: 'ls-erasure', withdrawnBy: 'child' } });
    const projections = h.platform.app.get(ProjectionsService);
    for (const { projection } of await projections.status()) await projections.rebuild(projection);
    await projections.caughtUp();
    expect((await h.as(youthUnion).ok(PERSONAL, { id: 'ls-erasure', purpose: 'to check the erasure' })).childForumDelegatePersonalData).toEqual([
      { field: 'name', erased: true, value: null },
      { field: 'school', erased: true, value: null },
    ]);

    const after = await everything();
    expect(findReadable(name, after.texts, after.files)).toEqual([]);
    expect(findReadable(school, after.texts, after.files)).toEqual([]);
    // The keys are gone from what the database answers and from its table files.
    expect(after.texts.get('public.personal_data_subject_keys')).not.toContain(subjectId);
    const tableFiles = [...after.files].filter(([file]) => !file.includes(`${path.sep}pg_wal${path.sep}`));
    for (const key of keys) expect(tableFiles.filter(([, content]) => content.includes(key)).map(([file]) => file)).toEqual([]);
  });

  it('the relay carried the forum’s facts with pseudonymous ids only: no sealed value, no subject id, no name', async () => {
    const { texts } = await everything();
    const records = texts.get('relayed records')!;
    expect(records).toContain('forum-recommendation:kn-an-toan-mang');
    expect(records).not.toContain('$sealed');
    expect(records).not.toContain(subjectId);
    expect(records).not.toContain('ls-erasure');
  });
});
