import { migrate, Sql } from '@cpp/eventsourcing';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { ObligationEvent } from '../domain/obligation/events';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { Obligation } from '../domain/obligation/state';
import { listingOf } from './obligation-listing';
import { OBLIGATION_COLUMNS, obligationRowValues } from './obligations.projection';
import { ObligationQueries } from './obligations.queries';
import { obligationTables } from './tables';

/**
 * The listing columns are derived twice: by `listingOf` when a row is written, and by the
 * migration that adds them to an existing read model from each row's state. Both must give
 * what `listingOf` gives, on PostgreSQL and on PGlite, for every shape an obligation takes.
 */
const AGENCY = 'so-y-te-can-tho';
const opened = (id: string, dueDate = '2021-06-30'): ObligationEvent => ({
  type: 'ObligationOpened',
  data: {
    obligationId: id,
    kind: 'periodic-report',
    title: `Báo cáo ${id}`,
    source: {
      type: 'directive',
      directiveId: 'kh',
      documentNumber: '1/KH',
      documentSubject: null,
      sections: ['IV'],
      regimeId: 'r',
      taskId: null,
      inspectionId: null,
      recommendationId: null,
    },
    period: { label: '2021-H1', year: 2021 },
    assigneeAgencyId: AGENCY,
    recipientAgencyId: 'so-ldtbxh-can-tho',
    dueDate,
    openedOn: '2021-01-15',
  },
});
const submitted = (id: string, submissionNumber: number, timeliness: 'on-time' | 'late' | 'resubmission', lateAgainstOriginal: boolean): ObligationEvent => ({
  type: 'ReportSubmitted',
  data: {
    obligationId: id,
    submissionNumber,
    agencyId: AGENCY,
    timeliness,
    submittedOn: '2021-07-05',
    dueDate: '2021-06-30',
    originalDueDate: '2021-06-30',
    lateAgainstOriginal,
    figures: [{ code: 'TE-XAM-HAI', value: 3, unit: 'vụ' }],
    note: null,
    sourceEventId: null,
  },
});
const extended = (id: string): ObligationEvent => ({
  type: 'DeadlineExtended',
  data: { obligationId: id, previousDueDate: '2021-06-30', newDueDate: '2021-07-15', reason: 'x', authorisingDocument: 'y', extendedOn: '2021-06-20' },
});
const fold = (...events: ObligationEvent[]) => events.reduce(obligationDecider.evolve, obligationDecider.initialState()) as Obligation;
const rows: Obligation[] = [
  fold(opened('open')),
  fold(opened('on-time'), submitted('on-time', 1, 'on-time', false)),
  fold(opened('late-then-resubmitted'), submitted('late-then-resubmitted', 1, 'late', true), submitted('late-then-resubmitted', 2, 'resubmission', true)),
  fold(opened('extended-on-time'), extended('extended-on-time'), submitted('extended-on-time', 1, 'on-time', true)),
  fold(opened('fulfilled'), {
    type: 'ObligationFulfilled',
    data: { obligationId: 'fulfilled', fulfilledOn: '2021-06-10', onTime: true, lateAgainstOriginal: false, basis: 'task-completed', note: null },
  }),
  fold(opened('withdrawn'), { type: 'ObligationClosed', data: { obligationId: 'withdrawn', outcome: 'withdrawn', effectiveFrom: '2021-05-01', reason: 'x' } }),
];
const byId = (a: { obligationId: string }, b: { obligationId: string }) => a.obligationId.localeCompare(b.obligationId);

describe.each([
  ['PostgreSQL', createPostgresTestDatabase],
  ['PGlite', createPGliteTestDatabase],
])('the obligations listing columns (%s)', (_name, create) => {
  let database: TestDatabase;
  let sql: Sql;

  beforeEach(async () => {
    database = await create();
    sql = database.sql;
  }, 60000);
  afterEach(() => database?.drop());

  it('are what listingOf gives when written, and the state read with them is the obligation', async () => {
    await migrate(sql, 'assignments.obligations', obligationTables);
    for (const row of rows) {
      await sql.query(
        `INSERT INTO assignments_obligations (${OBLIGATION_COLUMNS.join(', ')}) VALUES (${OBLIGATION_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
        obligationRowValues(row),
      );
    }
    const listed = await new ObligationQueries(sql).forAgency({ agencyId: AGENCY }, '2021-07-20', null, true);
    expect(listed.map(({ listing }) => listing).sort(byId)).toEqual(rows.map(listingOf).sort(byId));
    expect(listed.map(({ obligation }) => obligation!).sort(byId)).toEqual([...rows].sort(byId));
    expect((await new ObligationQueries(sql).forAgency({ agencyId: AGENCY }, '2021-07-20')).every(({ obligation }) => obligation === null)).toBe(true);
  });

  it('are backfilled from the state by the migration that adds them, so an existing read model needs no rebuild', async () => {
    const [before] = obligationTables;
    await migrate(sql, 'assignments.obligations', [before]);
    const beforeColumns = OBLIGATION_COLUMNS.filter((column) => column !== 'state').slice(0, 13);
    for (const row of rows) {
      const values = obligationRowValues(row);
      await sql.query(
        `INSERT INTO assignments_obligations (${[...beforeColumns, 'state'].join(', ')}) VALUES (${[...beforeColumns, 'state'].map((_, i) => `$${i + 1}`).join(', ')})`,
        [...values.slice(0, beforeColumns.length), values[values.length - 1]],
      );
    }
    await migrate(sql, 'assignments.obligations', obligationTables);
    const listed = await new ObligationQueries(sql).forAgency({ agencyId: AGENCY }, '2021-07-20');
    expect(listed.map(({ listing }) => listing).sort(byId)).toEqual(rows.map(listingOf).sort(byId));
  });
});
