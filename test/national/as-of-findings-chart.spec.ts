import { EventStore, FixedClock, localDateAt, migrate, Projection, ProjectionRunner, RecordedEvent, Sql, START, systemContext } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { findingVersionsProjection } from '../../libs/inspections/src/projections/finding-versions.projection';
import { FindingsFilter, FindingsHistoryQueries } from '../../libs/inspections/src/projections/findings-history.queries';
import { inspectionRegisterProjection } from '../../libs/inspections/src/projections/inspection-register.projection';
import { knownOrganisationProjection } from '../../libs/inspections/src/projections/known-organisation.projection';
import { RecommendationFollowUpQueries } from '../../libs/inspections/src/projections/recommendation-follow-up.queries';
import { FindingsPage } from '../../libs/inspections/src/projections/views';
import { agencyStream, unitStream } from '../../libs/organizations/src/domain/streams';
import { organizationChartProjection } from '../../libs/organizations/src/projections/organization-chart.projection';
import { OrganizationChartQueries } from '../../libs/organizations/src/projections/organization-chart.queries';
import { generateNational, seeded } from '../../bench/national/dataset';
import { writeNational } from '../../bench/national/write';

const PROJECTIONS: Projection[] = [organizationChartProjection, knownOrganisationProjection, inspectionRegisterProjection, findingVersionsProjection];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Changes to the chart recorded after the national log, each append at its own instant:
 * renamings and functions moving, some backdated (effective before the instant they are
 * recorded), some on the same day as the entity's previous change, some two in one append.
 */
async function recordChartChanges(store: EventStore, sql: Sql): Promise<string[]> {
  const next = seeded(2025);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const agencies = (await sql.query<{ id: string }>('SELECT DISTINCT agency_id AS id FROM org_agency_versions ORDER BY 1')).rows.map((r) => r.id);
  const units = (await sql.query<{ id: string }>(`SELECT DISTINCT unit_id AS id FROM org_unit_versions WHERE unit_id <> 'viet-nam' ORDER BY 1`)).rows.map(
    (r) => r.id,
  );
  const changedAgencies = Array.from({ length: 20 }, () => pick(agencies));
  const changedUnits = Array.from({ length: 6 }, () => pick(units));
  const lastChange = new Map<string, string>();
  const effective = (id: string) => {
    const last = lastChange.get(id) ?? '2010-01-01';
    const date = next() < 0.2 ? last : addDays(last, 1 + Math.floor(next() * 700));
    lastChange.set(id, date);
    return date;
  };
  const context = systemContext('as-of-reference', 'as-of-reference');
  for (let round = 0; round < 12; round++) {
    for (const agencyId of changedAgencies.filter(() => next() < 0.3)) {
      const events = Array.from({ length: next() < 0.3 ? 2 : 1 }, (_, k) =>
        next() < 0.6
          ? {
              type: 'AgencyRenamed',
              data: { agencyId, name: `Tên ${round}.${k} của ${agencyId}`, shortName: null, effectiveFrom: effective(agencyId), decision: null },
            }
          : {
              type: 'AgencyFunctionReceived',
              data: { agencyId, function: `chuc-nang-${round}`, fromAgencyId: pick(agencies), effectiveFrom: effective(agencyId), decision: null },
            },
      );
      await store.append(agencyStream(agencyId), events, 'any', context);
    }
    for (const unitId of changedUnits.filter(() => next() < 0.3)) {
      await store.append(
        unitStream(unitId),
        [{ type: 'AdministrativeUnitRenamed', data: { unitId, name: `Tên ${round} của ${unitId}`, effectiveFrom: effective(unitId), decision: null } }],
        'any',
        context,
      );
    }
  }
  return [...new Set(changedAgencies)];
}

async function readLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let after = START; ;) {
    const page = await store.readAll({ after, maxCount: 2000 });
    if (page.length === 0) return events;
    after = page[page.length - 1].checkpoint;
    events.push(...page);
  }
}

/** Agency names are joined from the directory as it stands now; the reference holds them as they stood then. */
const withoutNames = (page: FindingsPage) => ({
  ...page,
  items: page.items.map((item) => ({ ...item, recommendations: item.recommendations.map(({ responsibleAgencyName: _name, ...rest }) => rest) })),
});

/**
 * Findings and the organisation chart against the replay: on a generated national log (with
 * chart changes recorded after it), at random instants (seeded) and at instants events were
 * recorded, the as-of answers from the version rows equal what the current-state read models
 * answer once the log up to that instant is replayed into a database of their own.
 */
describe.each([
  ['postgres', createPostgresTestDatabase],
  ['pglite', createPGliteTestDatabase],
])('findings and the chart as known at an instant equal the log replay [%s]', (_adapter, createDatabase) => {
  let database: TestDatabase;
  let replayed: TestDatabase;
  let log: RecordedEvent[];
  let instants: Date[];
  let changedAgencies: string[];
  let findings: FindingsHistoryQueries;
  let chart: OrganizationChartQueries;

  beforeAll(async () => {
    database = await createDatabase();
    const store = await PostgresEventStore.create(database.sql);
    await writeNational(store, database.sql, generateNational(0.001, 12));
    const runner = new ProjectionRunner(store, database.sql, PROJECTIONS);
    await runner.start();
    await runner.caughtUp();
    changedAgencies = await recordChartChanges(store, database.sql);
    await runner.caughtUp();
    await runner.stop();
    const clock = new FixedClock(new Date('2027-01-01T00:00:00Z'));
    findings = new FindingsHistoryQueries(database.sql, new RecommendationFollowUpQueries(database.sql, clock));
    chart = new OrganizationChartQueries(database.sql, clock);
    log = await readLog(store);
    const recorded = log.map((event) => Date.parse(event.metadata.recordedAt));
    const first = Math.min(...recorded);
    const last = Math.max(...recorded);
    const next = seeded(20250701);
    instants = [
      new Date(first - 1),
      ...Array.from({ length: 6 }, () => new Date(first + Math.floor(next() * (last - first)))),
      ...Array.from({ length: 6 }, () => new Date(recorded[Math.floor(next() * recorded.length)])),
      new Date(last + 1),
    ].sort((a, b) => a.getTime() - b.getTime());
    replayed = await createPGliteTestDatabase();
    for (const projection of PROJECTIONS) await migrate(replayed.sql, `projection:${projection.name}`, projection.migrations);
  }, 480_000);
  afterAll(async () => {
    await replayed?.drop();
    await database?.drop();
  });

  it('answers the findings and the chart at every instant as the replay up to it does', async () => {
    // Concurrent writers commit out of position order, so what each instant adds is not a suffix of the log.
    const applied = new Set<number>();
    const pick = seeded(12);
    const chartAnswers = new Set<string>();
    const findingCounts = new Set<number>();
    for (const instant of instants) {
      // The replay: every event recorded by the instant, in log order, through the current-state projections.
      for (const event of log) {
        if (Date.parse(event.metadata.recordedAt) > instant.getTime() || applied.has(event.globalPosition)) continue;
        await replayed.sql.transaction(async (tx) => {
          for (const projection of PROJECTIONS) if (projection.handles.includes(event.type)) await projection.apply(tx, event);
        });
        applied.add(event.globalPosition);
      }
      const clock = new FixedClock(instant);
      const replayedFindings = new FindingsHistoryQueries(replayed.sql, new RecommendationFollowUpQueries(replayed.sql, clock));
      const replayedChart = new OrganizationChartQueries(replayed.sql, clock);

      const targets = (await replayed.sql.query<{ id: string }>('SELECT target_id AS id FROM inspections_findings ORDER BY 1')).rows.map((r) => r.id);
      const responsible = (await replayed.sql.query<{ id: string }>('SELECT responsible_agency_id AS id FROM inspections_recommendations ORDER BY 1')).rows.map(
        (r) => r.id,
      );
      const provinces = (
        await database.sql.query<{ id: string }>(`SELECT DISTINCT unit_id AS id FROM org_unit_versions WHERE parent_unit_id = 'viet-nam'`)
      ).rows.map((r) => r.id);
      const filters: FindingsFilter[] = [{}, { from: '2023-01-01', to: '2024-06-30' }, { theme: 'abuse-prevention' }];
      // A locality filter reads which units lie inside it from the chart as it stands now, so it is
      // compared only at instants by which the whole chart was recorded.
      const unitsKnown = async (sql: Sql) => Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM inspections_known_units')).rows[0].n);
      const province = provinces[Math.floor(pick() * provinces.length)];
      if ((await unitsKnown(replayed.sql)) === (await unitsKnown(database.sql))) filters.push({ localityUnitId: province });
      if (targets.length) filters.push({ targetId: targets[Math.floor(pick() * targets.length)] });
      if (responsible.length) filters.push({ agencyId: responsible[Math.floor(pick() * responsible.length)] });
      for (const filter of filters) {
        const expected = await replayedFindings.page(filter, 50, null);
        expect(withoutNames(await findings.page(filter, 50, null, instant))).toEqual(withoutNames(expected));
        if (expected.endCursor) {
          const after = expected.endCursor;
          expect(withoutNames(await findings.page(filter, 50, after, instant))).toEqual(withoutNames(await replayedFindings.page(filter, 50, after)));
        }
      }
      findingCounts.add((await replayedFindings.page({}, 1, null)).totalCount);

      for (const asOf of ['2012-01-01', '2019-06-30', '2023-03-15', '2025-06-30', '2025-07-02', localDateAt(instant)]) {
        const agencies = await replayedChart.agencies({ asOf, includeInactive: true });
        expect(await chart.agencies({ asOf, knownAt: instant, includeInactive: true })).toEqual(agencies);
        expect(await chart.units({ asOf, knownAt: instant, includeInactive: true })).toEqual(await replayedChart.units({ asOf, includeInactive: true }));
        const province = provinces[Math.floor(pick() * provinces.length)];
        expect(await chart.agencies({ jurisdictionUnitId: province, asOf, knownAt: instant })).toEqual(
          await replayedChart.agencies({ jurisdictionUnitId: province, asOf }),
        );
        chartAnswers.add(JSON.stringify(agencies.filter((agency) => changedAgencies.includes(agency.agencyId))));
      }
      for (const agencyId of changedAgencies.slice(0, 5)) {
        expect(await chart.agencyVersions(agencyId, instant)).toEqual(await replayedChart.agencyVersions(agencyId));
        expect(await chart.agency(agencyId, { knownAt: instant })).toEqual(await replayedChart.agency(agencyId));
      }
    }
    // The instants are not all alike: findings and chart changes were recorded between them.
    expect(findingCounts.size).toBeGreaterThan(2);
    expect(chartAnswers.size).toBeGreaterThan(2);
  }, 480_000);
});
