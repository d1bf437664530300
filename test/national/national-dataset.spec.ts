import { ProjectionFailure, ProjectionRunner } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { generateNational, nationalScale, PROVINCES } from '../../bench/national/dataset';
import { ALL_PROJECTIONS } from '../../bench/national/projections';
import { writeNational } from '../../bench/national/write';

describe('national dataset generator', () => {
  let database: TestDatabase;
  afterEach(() => database?.drop());

  it('scales the nation down: 34 provinces always, communes, directives and inspections with the scale', () => {
    expect(nationalScale(1)).toEqual({ provinces: 34, communes: 3321, directivesPerYear: 4, inspectionsPerProvinceYear: 2 });
    expect(nationalScale(0.1)).toEqual({ provinces: 34, communes: 332, directivesPerYear: 1, inspectionsPerProvinceYear: 1 });
    const { counts } = generateNational(0.05);
    expect(counts.units).toBe(1 + 34 + 166);
    expect(counts.agencies).toBe(5 + 34 * 7 + 166 * 3);
  });

  it('writes a tiny national store whose events every projection applies', async () => {
    const dataset = generateNational(0.001);
    const { scale, counts } = dataset;
    expect(scale).toEqual({ provinces: PROVINCES, communes: PROVINCES, directivesPerYear: 1, inspectionsPerProvinceYear: 1 });
    expect(counts.units).toBe(1 + PROVINCES + PROVINCES);
    expect(counts.agencies).toBe(5 + PROVINCES * 7 + PROVINCES * 3);
    expect(counts.directives).toBe(5);
    // Each directive: one task per province and one per commune.
    expect(counts.tasks).toBe(5 * (PROVINCES + PROVINCES));
    expect(counts.inspections).toBe(5 * PROVINCES);
    expect(counts.findings).toBe(4 * counts.inspections);
    expect(counts.recommendations).toBe(2 * counts.inspections);

    database = await createPGliteTestDatabase();
    const store = await PostgresEventStore.create(database.sql);
    const written = await writeNational(store, database.sql, dataset);
    expect(written).toMatchObject({ events: counts.events, streams: counts.streams });
    expect(await store.countEvents!()).toBe(counts.events);

    const failures: ProjectionFailure[] = [];
    const runner = new ProjectionRunner(store, database.sql, ALL_PROJECTIONS, { onFailure: (failure) => failures.push(failure) });
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
    expect(failures.map((failure) => failure.message)).toEqual([]);
    const tasks = await database.sql.query<{ count: string }>('SELECT count(*)::text AS count FROM assignments_tasks');
    expect(Number(tasks.rows[0].count)).toBe(counts.tasks);
    const obligations = await database.sql.query<{ count: string }>('SELECT count(*)::text AS count FROM assignments_obligations');
    expect(Number(obligations.rows[0].count)).toBe(counts.obligations);
    const findings = await database.sql.query<{ count: string }>('SELECT count(*)::text AS count FROM inspections_findings');
    expect(Number(findings.rows[0].count)).toBe(counts.findings);
  }, 120_000);
});
