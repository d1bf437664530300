import { EventStore, FixedClock, localDateAt, migrate, Projection, ProjectionRunner, RecordedEvent, Sql, START, systemContext } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { chartVersionsProjection } from '../../libs/inspections/src/projections/chart-versions.projection';
import { findingVersionsProjection } from '../../libs/inspections/src/projections/finding-versions.projection';
import { FindingsFilter, FindingsHistoryQueries } from '../../libs/inspections/src/projections/findings-history.queries';
import { inspectionRegisterProjection } from '../../libs/inspections/src/projections/inspection-register.projection';
import { RecommendationFollowUpQueries } from '../../libs/inspections/src/projections/recommendation-follow-up.queries';
import { agencyStream, unitStream } from '../../libs/organizations/src/domain/streams';
import { organizationChartProjection } from '../../libs/organizations/src/projections/organization-chart.projection';
import { OrganizationChartQueries } from '../../libs/organizations/src/projections/organization-chart.queries';
import { generateNational, seeded } from '../../bench/national/dataset';
import { writeNational } from '../../bench/national/write';

const PROJECTIONS: Projection[] = [organizationChartProjection, chartVersionsProjection, inspectionRegisterProjection, findingVersionsProjection];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Provinces merged halfway through the chart changes: one on the 2025 date, one on a date still to come (not yet in force). */
const MERGERS = [
  { unitId: 'tinh-07', successorUnitId: 'tinh-08', effectiveFrom: '2025-07-01' },
  { unitId: 'tinh-09', successorUnitId: 'tinh-10', effectiveFrom: '2030-07-01' },
];

/** The provinces' agencies pass to their counterparts in the successor, as in the 2025 reorganisation. */
async function mergeProvinces(store: EventStore, sql: Sql, context: ReturnType<typeof systemContext>): Promise<void> {
  for (const { unitId, successorUnitId, effectiveFrom } of MERGERS) {
    await store.append(
      unitStream(unitId),
      [{ type: 'AdministrativeUnitMergedInto', data: { unitId, successorUnitId, effectiveFrom, decision: '202/2025/QH15' } }],
      'any',
      context,
    );
    const agencies = await sql.query<{ id: string }>(`SELECT DISTINCT agency_id AS id FROM org_agency_versions WHERE unit_id = $1 ORDER BY 1`, [unitId]);
    for (const { id } of agencies.rows) {
      const successorAgencyId = id.replace(unitId, successorUnitId);
      await store.append(
        agencyStream(id),
        [{ type: 'AgencyMergedInto', data: { agencyId: id, successorAgencyId, effectiveFrom, decision: '202/2025/QH15' } }],
        'any',
        context,
      );
    }
  }
}

/**
 * Changes to the chart recorded after the national log, each append at its own instant:
 * renamings (of agencies responsible for recommendations too) and functions moving, some
 * backdated (effective before the instant they are recorded), some on the same day as the
 * entity's previous change, some two in one append; halfway, two provinces merged.
 */
async function recordChartChanges(store: EventStore, sql: Sql): Promise<{ changedAgencies: string[]; merged: [number, number] }> {
  const next = seeded(2025);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const merging = MERGERS.map((merger) => merger.unitId);
  const agencies = (await sql.query<{ id: string }>('SELECT DISTINCT agency_id AS id, unit_id FROM org_agency_versions ORDER BY 1')).rows
    .filter((r) => !merging.some((unit) => r.id.endsWith(unit)))
    .map((r) => r.id);
  const responsible = (await sql.query<{ id: string }>('SELECT DISTINCT responsible_agency_id AS id FROM inspections_recommendations ORDER BY 1')).rows
    .map((r) => r.id)
    .filter((id) => !merging.some((unit) => id.endsWith(unit)));
  const units = (await sql.query<{ id: string }>(`SELECT DISTINCT unit_id AS id FROM org_unit_versions WHERE unit_id <> 'viet-nam' ORDER BY 1`)).rows
    .map((r) => r.id)
    .filter((id) => !merging.includes(id));
  const changedAgencies = [...Array.from({ length: 20 }, () => pick(agencies)), ...Array.from({ length: 6 }, () => pick(responsible))];
  const changedUnits = Array.from({ length: 6 }, () => pick(units));
  const lastChange = new Map<string, string>();
  const effective = (id: string) => {
    const last = lastChange.get(id) ?? '2010-01-01';
    const date = next() < 0.2 ? last : addDays(last, 1 + Math.floor(next() * 700));
    lastChange.set(id, date);
    return date;
  };
  const context = systemContext('as-of-reference', 'as-of-reference');
  let merged: [number, number] = [0, 0];
  for (let round = 0; round < 12; round++) {
    if (round === 6) {
      const before = Date.now();
      await mergeProvinces(store, sql, context);
      merged = [before, Date.now()];
    }
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
  return { changedAgencies: [...new Set(changedAgencies)], merged };
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
  let recommendations: RecommendationFollowUpQueries;
  let chart: OrganizationChartQueries;

  beforeAll(async () => {
    database = await createDatabase();
    const store = await PostgresEventStore.create(database.sql);
    await writeNational(store, database.sql, generateNational(0.001, 12));
    const runner = new ProjectionRunner(store, database.sql, PROJECTIONS);
    await runner.start();
    await runner.caughtUp();
    const changes = await recordChartChanges(store, database.sql);
    changedAgencies = changes.changedAgencies;
    await runner.caughtUp();
    await runner.stop();
    const clock = new FixedClock(new Date('2027-01-01T00:00:00Z'));
    recommendations = new RecommendationFollowUpQueries(database.sql, clock);
    findings = new FindingsHistoryQueries(database.sql, recommendations, clock);
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
      // Just before the provinces' mergers were recorded, and just after.
      new Date(changes.merged[0] - 1),
      new Date(changes.merged[1] + 1),
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
    const successorCounts = new Set<number>();
    const namedAnswers = new Set<string>();
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
      const replayedRecommendations = new RecommendationFollowUpQueries(replayed.sql, clock);
      const replayedFindings = new FindingsHistoryQueries(replayed.sql, replayedRecommendations, clock);
      const replayedChart = new OrganizationChartQueries(replayed.sql, clock);

      const targets = (await replayed.sql.query<{ id: string }>('SELECT target_id AS id FROM inspections_findings ORDER BY 1')).rows.map((r) => r.id);
      const responsible = (await replayed.sql.query<{ id: string }>('SELECT responsible_agency_id AS id FROM inspections_recommendations ORDER BY 1')).rows.map(
        (r) => r.id,
      );
      const provinces = (
        await database.sql.query<{ id: string }>(`SELECT DISTINCT unit_id AS id FROM org_unit_versions WHERE parent_unit_id = 'viet-nam'`)
      ).rows.map((r) => r.id);
      const filters: FindingsFilter[] = [{}, { from: '2023-01-01', to: '2024-06-30' }, { theme: 'abuse-prevention' }];
      // Localities on the chart as it stood and was known at the instant: the merged provinces, their successors, one at random.
      for (const unitId of [...MERGERS.flatMap((merger) => [merger.unitId, merger.successorUnitId]), provinces[Math.floor(pick() * provinces.length)]])
        filters.push({ localityUnitId: unitId });
      if (targets.length) filters.push({ targetId: targets[Math.floor(pick() * targets.length)] });
      if (responsible.length) filters.push({ agencyId: responsible[Math.floor(pick() * responsible.length)] });
      for (const filter of filters) {
        const expected = await replayedFindings.page(filter, 50, null);
        expect(await findings.page(filter, 50, null, instant)).toEqual(expected);
        if (expected.endCursor) {
          const after = expected.endCursor;
          expect(await findings.page(filter, 50, after, instant)).toEqual(await replayedFindings.page(filter, 50, after));
        }
        if (filter.localityUnitId === MERGERS[0].successorUnitId) successorCounts.add(expected.totalCount);
      }
      findingCounts.add((await replayedFindings.page({}, 1, null)).totalCount);

      // One inspection's findings, the recommendations by agency, inspection and state, and the follow-up counts.
      const inspections = (await replayed.sql.query<{ id: string }>('SELECT DISTINCT inspection_id AS id FROM inspections_findings ORDER BY 1')).rows;
      if (inspections.length) {
        const inspectionId = inspections[Math.floor(pick() * inspections.length)].id;
        expect(await findings.ofInspection(inspectionId, instant)).toEqual(await replayedFindings.ofInspection(inspectionId));
        expect(await recommendations.list({ inspectionId }, instant)).toEqual(await replayedRecommendations.list({ inspectionId }));
      }
      const agency = responsible.length ? responsible[Math.floor(pick() * responsible.length)] : null;
      for (const filter of [{}, { responsibleAgencyId: agency }, { status: 'overdue' as const }, { status: 'closed' as const }])
        expect(await recommendations.list(filter, instant)).toEqual(await replayedRecommendations.list(filter));
      expect(await recommendations.counts(null, instant)).toEqual(await replayedRecommendations.counts(null));
      expect(await recommendations.counts(agency, instant)).toEqual(await replayedRecommendations.counts(agency));
      namedAnswers.add(JSON.stringify((await replayedRecommendations.counts(null)).filter((row) => changedAgencies.includes(row.responsibleAgencyId))));

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
    // The successor province's findings grew when the merged one's joined it; names changed between instants.
    expect(successorCounts.size).toBeGreaterThan(1);
    expect(namedAnswers.size).toBeGreaterThan(1);
  }, 480_000);
});
