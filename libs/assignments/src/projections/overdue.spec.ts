import { migrate, Sql } from '@cpp/eventsourcing';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { ObligationEvent } from '../domain/obligation/events';
import { displayStatus } from '../domain/obligation/obligation-status';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { isOverdue } from '../domain/obligation/overdue';
import { Obligation } from '../domain/obligation/state';
import { complianceTable } from './compliance';
import { listingOf } from './obligation-listing';
import { OBLIGATION_COLUMNS, obligationRowValues } from './obligations.projection';
import { ObligationQueries } from './obligations.queries';
import { obligationTables } from './tables';

/**
 * Overdue is defined once (domain/obligation/overdue.ts); this runs the TypeScript predicate
 * and the SQL filters built from it on the same rows, on PostgreSQL and on PGlite, for days
 * around each deadline, so the status users see and the lists the API and the monitor read
 * cannot drift apart.
 */
const AGENCY = 'so-y-te-soc-trang';
const opened = (id: string, dueDate: string): ObligationEvent => ({
  type: 'ObligationOpened',
  data: {
    obligationId: id,
    kind: 'periodic-report',
    title: 'Báo cáo 6 tháng',
    source: {
      type: 'directive',
      directiveId: 'kh',
      documentNumber: null,
      documentSubject: null,
      sections: [],
      regimeId: 'r',
      taskId: null,
      inspectionId: null,
      recommendationId: null,
    },
    period: { label: id, year: 2021 },
    assigneeAgencyId: AGENCY,
    recipientAgencyId: 'so-ldtbxh-soc-trang',
    dueDate,
    openedOn: '2021-01-15',
  },
});
const fold = (...events: ObligationEvent[]) => events.reduce(obligationDecider.evolve, obligationDecider.initialState()) as Obligation;
const rows: Obligation[] = [
  fold(opened('due-06-29', '2021-06-29')),
  fold(opened('due-06-30', '2021-06-30')),
  fold(opened('due-07-01', '2021-07-01')),
  fold(opened('extended', '2021-06-30'), {
    type: 'DeadlineExtended',
    data: {
      obligationId: 'extended',
      previousDueDate: '2021-06-30',
      newDueDate: '2021-07-15',
      reason: 'x',
      authorisingDocument: 'y',
      extendedOn: '2021-06-20',
    },
  }),
  fold(opened('submitted-late', '2021-06-20'), {
    type: 'ReportSubmitted',
    data: {
      obligationId: 'submitted-late',
      submissionNumber: 1,
      agencyId: AGENCY,
      timeliness: 'late',
      submittedOn: '2021-06-25',
      dueDate: '2021-06-20',
      originalDueDate: '2021-06-20',
      lateAgainstOriginal: true,
      figures: [],
      note: 'x',
      sourceEventId: null,
    },
  }),
  fold(opened('withdrawn', '2021-06-01'), {
    type: 'ObligationClosed',
    data: { obligationId: 'withdrawn', outcome: 'withdrawn', effectiveFrom: '2021-05-01', reason: 'x' },
  }),
];
const DAYS = ['2021-06-29', '2021-06-30', '2021-07-01', '2021-07-02', '2021-07-15', '2021-07-16'];
const overdueInTs = (today: string) =>
  rows
    .filter((row) => isOverdue(row, today))
    .map((row) => row.obligationId)
    .sort();

describe.each([
  ['PostgreSQL', createPostgresTestDatabase],
  ['PGlite', createPGliteTestDatabase],
])('overdue, in TypeScript and in SQL, on the same rows (%s)', (_name, create) => {
  let database: TestDatabase;
  let queries: ObligationQueries;

  beforeAll(async () => {
    database = await create();
    const sql: Sql = database.sql;
    await migrate(sql, 'assignments.obligations', obligationTables);
    for (const row of rows) {
      await sql.query(
        `INSERT INTO assignments_obligations (${OBLIGATION_COLUMNS.join(', ')}) VALUES (${OBLIGATION_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
        obligationRowValues(row),
      );
    }
    queries = new ObligationQueries(sql);
  }, 60000);
  afterAll(() => database?.drop());

  it.each(DAYS)('seen on %s, the overdue filter lists exactly the obligations whose status shows overdue', async (today) => {
    const listed = (await queries.forAgency({ agencyId: AGENCY, statuses: ['overdue'] }, today)).map((row) => row.listing.obligationId).sort();
    expect(listed).toEqual(overdueInTs(today));
    expect(
      rows
        .filter((row) => displayStatus(row, today) === 'overdue')
        .map((row) => row.obligationId)
        .sort(),
    ).toEqual(listed);
  });

  it.each(DAYS)('seen on %s, the deadline monitor’s work list is the same obligations', async (today) => {
    expect((await queries.overdueUnrecorded(today)).sort()).toEqual(overdueInTs(today));
  });

  it('the compliance table counts as missing exactly the overdue reports', () => {
    for (const today of DAYS) expect(complianceTable(rows.map(listingOf), today).reduce((sum, row) => sum + row.missing, 0)).toBe(overdueInTs(today).length);
  });

  it('the rows cover the edges: due the day before, on the day, the day after, and an extended deadline', () => {
    expect(overdueInTs('2021-06-30')).toEqual(['due-06-29']);
    expect(overdueInTs('2021-07-16')).toEqual(['due-06-29', 'due-06-30', 'due-07-01', 'extended']);
  });
});
