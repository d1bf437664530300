import { FixedClock, localDateAt, ProjectionRunner, Sql } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { Obligation } from '../../libs/assignments/src/domain/obligation/state';
import { OBLIGATION_STATUSES } from '../../libs/assignments/src/domain/obligation/obligation-status';
import { Task } from '../../libs/assignments/src/domain/task/state';
import { AgencyDirectory } from '../../libs/assignments/src/projections/agency-directory.queries';
import { AsOfReplay } from '../../libs/assignments/src/projections/as-of-replay';
import { AssignmentsReadModel } from '../../libs/assignments/src/projections/assignments.read-model';
import { complianceTable } from '../../libs/assignments/src/projections/compliance';
import { listingOf } from '../../libs/assignments/src/projections/obligation-listing';
import { byDueDate, matchesFilter, ObligationFilter } from '../../libs/assignments/src/projections/obligation-filter';
import { ObligationQueries } from '../../libs/assignments/src/projections/obligations.queries';
import { TaskQueries } from '../../libs/assignments/src/projections/tasks.queries';
import { generateNational, NationalDataset, seeded } from '../../bench/national/dataset';
import { ASSIGNMENTS_PROJECTIONS } from '../../bench/national/projections';
import { writeNational } from '../../bench/national/write';

/** The assignments part of a tiny national log: the chart, tasks and obligations (inspections' own streams left out). */
function assignmentsLog(): NationalDataset {
  const dataset = generateNational(0.001, 12);
  const kept = (streamId: string) => /^(obligation|task|agency|administrative-unit)-/.test(streamId);
  return { ...dataset, waves: dataset.waves.map((wave) => wave.filter((batch) => kept(batch.streamId))) };
}

const byTaskId = (a: Task, b: Task) => a.taskId.localeCompare(b.taskId);

/**
 * The recorded-version tables against the reference: on a generated log written wave by wave
 * (so that versions are recorded at different instants), at random instants (seeded) and at
 * the exact instants events were recorded, every as-of answer of the read model equals what
 * replaying the log up to that instant gives.
 */
describe.each([
  ['postgres', createPostgresTestDatabase],
  ['pglite', createPGliteTestDatabase],
])('as-of answers from recorded versions equal the log replay [%s]', (_adapter, createDatabase) => {
  let database: TestDatabase;
  let sql: Sql;
  let replay: AsOfReplay;
  let readModel: AssignmentsReadModel;
  let queries: ObligationQueries;
  let instants: Date[];
  let dataset: NationalDataset;
  const references = new Map<number, Awaited<ReturnType<AsOfReplay['snapshot']>>>();
  const referenceAt = async (instant: Date) => {
    if (!references.has(instant.getTime())) references.set(instant.getTime(), await replay.snapshot(instant));
    return references.get(instant.getTime())!;
  };

  beforeAll(async () => {
    database = await createDatabase();
    sql = database.sql;
    const store = await PostgresEventStore.create(sql);
    dataset = assignmentsLog();
    await writeNational(store, sql, dataset);
    const runner = new ProjectionRunner(store, sql, ASSIGNMENTS_PROJECTIONS);
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
    replay = new AsOfReplay(store);
    queries = new ObligationQueries(sql);
    readModel = new AssignmentsReadModel(queries, new TaskQueries(sql), new AgencyDirectory(sql), new FixedClock(new Date('2026-01-01T00:00:00Z')));
    const recorded = (await sql.query<{ at: Date | string }>('SELECT recorded_at AS at FROM es_events ORDER BY global_position')).rows.map((row) =>
      new Date(row.at).getTime(),
    );
    const first = recorded[0];
    const last = recorded[recorded.length - 1];
    const next = seeded(20260101);
    instants = [
      new Date(first - 1),
      ...Array.from({ length: 8 }, () => new Date(first + Math.floor(next() * (last - first)))),
      ...Array.from({ length: 4 }, () => new Date(recorded[Math.floor(next() * recorded.length)])),
      new Date(last + 1),
    ];
  }, 240_000);
  afterAll(() => database?.drop());

  it('knows, at every instant, exactly the obligations and tasks the replay folds', async () => {
    for (const instant of instants) {
      const reference = await referenceAt(instant);
      const known = await sql.query<{ state: Obligation | string }>(
        `SELECT state FROM assignments_obligation_versions WHERE recorded_from <= $1 AND (recorded_to IS NULL OR recorded_to > $1)`,
        [instant.toISOString()],
      );
      const obligations = known.rows.map((row) => (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as Obligation);
      expect(obligations.sort(byDueDate)).toEqual([...reference.obligations].sort(byDueDate));
      const tasks = await sql.query<{ state: Task | string }>(
        `SELECT state FROM assignments_task_versions WHERE recorded_from <= $1 AND (recorded_to IS NULL OR recorded_to > $1)`,
        [instant.toISOString()],
      );
      expect(tasks.rows.map((row) => (typeof row.state === 'string' ? JSON.parse(row.state) : row.state) as Task).sort(byTaskId)).toEqual(
        [...reference.tasks].sort(byTaskId),
      );
    }
    // The instants are not all alike: the log grew between them.
    const sizes = new Set(await Promise.all(instants.map(async (instant) => (await referenceAt(instant)).obligations.length)));
    expect(sizes.size).toBeGreaterThan(2);
  }, 240_000);

  it('answers the obligations, task and compliance queries as the replay does', async () => {
    const pick = seeded(7);
    const agencies = dataset.obligedAgencies;
    for (const instant of instants) {
      const today = localDateAt(instant);
      const reference = await referenceAt(instant);
      for (let i = 0; i < 5; i++) {
        const agencyId = agencies[Math.floor(pick() * agencies.length)];
        const statuses = [OBLIGATION_STATUSES[Math.floor(pick() * OBLIGATION_STATUSES.length)]];
        const filters: ObligationFilter[] = [{ agencyId }, { agencyId, statuses }, { agencyId, dueFrom: '2023-01-01', dueTo: '2024-06-30' }];
        for (const filter of filters) {
          const expected = reference.obligations.filter((o) => matchesFilter(o, filter, today)).sort(byDueDate);
          expect((await readModel.obligations(filter, instant, true)).value).toEqual(
            expected.map((obligation) => ({ listing: listingOf(obligation), obligation })),
          );
        }
        const ownTasks = reference.tasks.filter((task) => task.assigneeAgencyId === agencyId).sort(byTaskId);
        expect((await readModel.agencyTasks(agencyId, instant)).map(({ task }) => task)).toEqual(ownTasks);
        for (const task of ownTasks) {
          const { tree } = await readModel.task(task.taskId, instant);
          expect([...tree.tasks].sort(byTaskId)).toEqual(reference.tasks.filter((t) => t.directiveId === task.directiveId).sort(byTaskId));
        }
        const compliance = await readModel.compliance({ agencyId, jurisdictionUnitId: null, directiveId: null, year: null }, instant);
        expect(compliance.value).toEqual(complianceTable(reference.obligations.filter((o) => o.assigneeAgencyId === agencyId).map(listingOf), today));
      }
      const sample = reference.obligations[Math.floor(pick() * reference.obligations.length)];
      if (sample) expect((await readModel.obligation(sample.obligationId, instant)).value).toEqual(sample);
      const yearly = await readModel.compliance({ agencyId: null, jurisdictionUnitId: null, directiveId: null, year: 2023 }, instant);
      expect(yearly.value).toEqual(complianceTable(reference.obligations.filter((o) => o.period?.year === 2023).map(listingOf), today));
    }
  }, 240_000);

  it('tallies the compliance of now in SQL as the table folded from the current obligations', async () => {
    const today = '2026-01-01';
    const current = (await sql.query<{ state: Obligation | string }>('SELECT state FROM assignments_obligations')).rows.map((row) =>
      listingOf(typeof row.state === 'string' ? JSON.parse(row.state) : row.state),
    );
    const directory = new AgencyDirectory(sql);
    const scopes = [
      { agencyId: null, jurisdictionUnitId: null, directiveId: null, year: null },
      { agencyId: null, jurisdictionUnitId: null, directiveId: null, year: 2023 },
      ...['tinh-01', 'tinh-02', 'tinh-17'].flatMap((unit) => [
        { agencyId: null, jurisdictionUnitId: unit, directiveId: null, year: null },
        { agencyId: null, jurisdictionUnitId: unit, directiveId: null, year: 2024 },
      ]),
      ...dataset.obligedAgencies.slice(0, 5).map((agencyId) => ({ agencyId, jurisdictionUnitId: null, directiveId: null, year: null })),
    ];
    let counted = 0;
    for (const scope of scopes) {
      const within = scope.jurisdictionUnitId ? await directory.agenciesWithin(scope.jurisdictionUnitId) : null;
      const expected = complianceTable(
        current.filter(
          (o) =>
            (!within || within.includes(o.assigneeAgencyId)) &&
            (!scope.agencyId || o.assigneeAgencyId === scope.agencyId) &&
            (scope.year === null || o.periodYear === scope.year),
        ),
        today,
      );
      const answer = await readModel.compliance(scope, null);
      expect(answer.today).toBe(today);
      expect(answer.value).toEqual(expected);
      counted += expected.length;
    }
    expect(counted).toBeGreaterThan(0);
    await expect(readModel.compliance({ agencyId: null, jurisdictionUnitId: 'tinh-none', directiveId: null, year: null }, null)).rejects.toThrow(
      'No administrative unit tinh-none',
    );
  }, 240_000);
});
