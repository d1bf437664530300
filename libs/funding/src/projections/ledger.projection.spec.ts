import { fold, ProjectionRunner, systemContext } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from '../domain/budget-line/budget-line.decider';
import { BudgetLineEvent } from '../domain/budget-line/events';
import { allocatedLine, committed, disbursed, LINE } from '../domain/budget-line/line.fixtures';
import { BudgetLine } from '../domain/budget-line/state';
import { budgetLineStream } from '../domain/streams';
import { FundingAsOfReplay } from './as-of-replay';
import { FundingQueries } from './funding.queries';
import { ledgerProjection } from './ledger.projection';
import { LedgerDimension, nearBalance, summariseLedger } from './ledger-summary';
import { lineViewOf } from './views';

/** The read model, the as-of replay and the line's own fold must tell the same figures. */
describe('the ledger read model', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;

  const history: BudgetLineEvent[] = [
    ...allocatedLine,
    {
      type: 'AllocationAdjusted',
      data: { lineId: LINE, entryId: 'bs-1', direction: 'supplement', amount: '50000000', decision: 'QĐ bổ sung', reason: 'x', adjustedOn: '2026-05-01' },
    },
    committed('300000000'),
    disbursed('150000000'),
    disbursed('20000000', 'advance', 'kb-2', 'KB-2026-0002'),
    {
      type: 'LedgerEntryReversed',
      data: {
        lineId: LINE,
        entryId: 'dc-1',
        reversedEntryId: 'hd-1',
        reversedKind: 'commitment',
        amount: '300000000',
        reason: 'x',
        treasuryReference: null,
        reversedOn: '2026-05-02',
      },
    },
    { type: 'BalanceCarriedOver', data: { lineId: LINE, entryId: 'cn-1', amount: '100000000', toFiscalYear: 2027, legalGround: 'x', carriedOn: '2026-12-31' } },
  ];

  beforeAll(async () => {
    database = await createPGliteTestDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    await store.append(
      budgetLineStream(LINE),
      history.map(({ type, data }) => ({ type, data })),
      'no_stream',
      systemContext('test'),
    );
    runner = new ProjectionRunner(store, database.sql, [ledgerProjection]);
    await runner.start();
    await runner.caughtUp();
  });
  afterAll(async () => {
    await runner.stop();
    await database.drop();
  });

  it('holds the figures the line decided on, exactly, and the as-of replay says the same', async () => {
    const folded = lineViewOf(fold(budgetLineDecider, history) as BudgetLine);
    const [stored] = await new FundingQueries(database.sql).lines({ fiscalYear: 2026 });
    expect(stored).toEqual(folded);
    expect(stored).toMatchObject({ allocated: 450_000_000n, committed: 0n, paid: 150_000_000n, advanced: 20_000_000n, carriedOver: 100_000_000n });
    const { lines } = await new FundingAsOfReplay(store).snapshot(new Date(Date.now() + 60_000));
    expect(lines).toEqual([folded]);
    expect((await new FundingAsOfReplay(store).snapshot(new Date('2000-01-01'))).lines).toEqual([]);
  });

  it('keeps every entry, the reversed one marked, the reversal beside it', async () => {
    const entries = await new FundingQueries(database.sql).entries(LINE);
    expect(entries.map((entry) => [entry.entryId, entry.kind, entry.reversed])).toEqual([
      ['giao-1', 'allocation', false],
      ['bs-1', 'supplement', false],
      ['hd-1', 'commitment', true],
      ['kb-1', 'payment', false],
      ['kb-2', 'advance', false],
      ['dc-1', 'reversal', false],
      ['cn-1', 'carry-over', false],
    ]);
  });

  it('the database sums and flags by the same definitions as the summariser, on the same lines', async () => {
    const queries = new FundingQueries(database.sql);
    const [line] = await queries.lines({});
    const others = [
      {
        ...line,
        lineId: 'b',
        agencyId: 'so-y-te-soc-trang',
        allocated: 0n,
        paid: 0n,
        advanced: 5n,
        committed: 0n,
        carriedOver: 0n,
        cancelled: 0n,
        settled: null,
        task: null,
      },
      {
        ...line,
        lineId: 'c',
        provinceId: null,
        level: 'central',
        fiscalYear: 2025,
        allocated: 1000n,
        committed: 899n,
        paid: 10n,
        advanced: 0n,
        carriedOver: 0n,
        cancelled: 0n,
        settled: 10n,
      },
      {
        ...line,
        lineId: 'd',
        source: { kind: 'aid', programme: null, donor: 'UNICEF' },
        allocated: 1000n,
        committed: 900n,
        paid: 0n,
        advanced: 0n,
        carriedOver: 0n,
        cancelled: 0n,
        settled: null,
      },
    ];
    for (const other of others) {
      await database.sql.query(
        `INSERT INTO funding_budget_lines (line_id, fiscal_year, level, agency_id, province_id, finance_agency_id, treasury_agency_id, source_kind, donor, directive_id, task_section, classification, purpose, status,
           estimated, allocated, committed, paid, advanced, carried_over, cancelled, settled)
         VALUES ($1, $2, $3, $4, $5, 'x', 'y', $6, $7, $8, $9, '{}', 'p', 'allocated', 1, $10, $11, $12, $13, $14, $15, $16)`,
        [
          other.lineId,
          other.fiscalYear,
          other.level,
          other.agencyId,
          other.provinceId,
          other.source.kind,
          other.source.donor,
          other.task?.directiveId ?? null,
          other.task?.section ?? null,
          String(other.allocated),
          String(other.committed),
          String(other.paid),
          String(other.advanced),
          String(other.carriedOver),
          String(other.cancelled),
          other.settled === null ? null : String(other.settled),
        ],
      );
    }
    const lines = await queries.lines({});
    const groupings: LedgerDimension[][] = [[], ['province'], ['agency', 'source'], ['year', 'task'], ['province', 'agency', 'year', 'source', 'task']];
    for (const groupBy of groupings) expect(await queries.totals({}, groupBy)).toEqual(summariseLedger(lines, groupBy));
    expect(await queries.totals({ fiscalYear: 2026, provinceId: 'soc-trang' }, ['source'])).toEqual(
      summariseLedger(
        lines.filter((l) => l.fiscalYear === 2026 && l.provinceId === 'soc-trang'),
        ['source'],
      ),
    );
    for (const threshold of [0, 37.77, 37.78, 89.9, 90, 100]) {
      expect((await queries.nearBalance({}, threshold)).map((l) => l.lineId)).toEqual(lines.filter((l) => nearBalance(l, threshold)).map((l) => l.lineId));
    }
    await database.sql.query(`DELETE FROM funding_budget_lines WHERE line_id IN ('b', 'c', 'd')`);
  });

  it('sums by the dimensions asked, with the execution rate from exact amounts', async () => {
    const lines = await new FundingQueries(database.sql).lines({});
    const [row] = summariseLedger(
      [...lines, { ...lines[0], lineId: 'other', agencyId: 'so-y-te-soc-trang', paid: 1n, advanced: 0n, allocated: 3n }],
      ['province', 'source'],
    );
    expect(row).toMatchObject({
      keys: { province: 'soc-trang', source: 'state-budget', agency: null },
      lines: 2,
      allocated: 450_000_003n,
      paid: 150_000_001n,
      advanced: 20_000_000n,
    });
    expect(row.executionRate).toBe(37.77);
  });
});
