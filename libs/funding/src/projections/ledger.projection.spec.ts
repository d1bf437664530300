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
import { summariseLedger } from './ledger-summary';
import { lineViewOf } from './views';

/** The read model, the as-of replay and the line's own fold must tell the same figures. */
describe('the ledger read model', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;

  const history: BudgetLineEvent[] = [
    ...allocatedLine,
    { type: 'AllocationAdjusted', data: { lineId: LINE, entryId: 'bs-1', direction: 'supplement', amount: '50000000', decision: 'QĐ bổ sung', reason: 'x', adjustedOn: '2026-05-01' } },
    committed('300000000'),
    disbursed('150000000'),
    disbursed('20000000', 'advance', 'kb-2', 'KB-2026-0002'),
    { type: 'LedgerEntryReversed', data: { lineId: LINE, entryId: 'dc-1', reversedEntryId: 'hd-1', reversedKind: 'commitment', amount: '300000000', reason: 'x', treasuryReference: null, reversedOn: '2026-05-02' } },
    { type: 'BalanceCarriedOver', data: { lineId: LINE, entryId: 'cn-1', amount: '100000000', toFiscalYear: 2027, legalGround: 'x', carriedOn: '2026-12-31' } },
  ];

  beforeAll(async () => {
    database = await createPGliteTestDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    await store.append(budgetLineStream(LINE), history.map(({ type, data }) => ({ type, data })), 'no_stream', systemContext('test'));
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

  it('sums by the dimensions asked, with the execution rate from exact amounts', async () => {
    const lines = await new FundingQueries(database.sql).lines({});
    const [row] = summariseLedger([...lines, { ...lines[0], lineId: 'other', agencyId: 'so-y-te-soc-trang', paid: 1n, advanced: 0n, allocated: 3n }], ['province', 'source']);
    expect(row).toMatchObject({ keys: { province: 'soc-trang', source: 'state-budget', agency: null }, lines: 2, allocated: 450_000_003n, paid: 150_000_001n, advanced: 20_000_000n });
    expect(row.executionRate).toBe(37.77);
  });
});
