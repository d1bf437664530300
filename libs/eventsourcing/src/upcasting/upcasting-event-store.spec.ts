import { PostgresEventStore } from '../postgres/postgres-event-store';
import { createPGliteTestDatabase, TestDatabase } from '../testing/test-databases';
import { Upcasters, withUpcasting } from './upcasting-event-store';

/** Version 1 of a submission held one figure; version 2 holds a list; version 3 names the unit. */
const upcasters = new Upcasters([
  { type: 'ReportSubmitted', fromVersion: 1, upcast: (data: { figure: number }) => ({ figures: [data.figure] }) },
  { type: 'ReportSubmitted', fromVersion: 2, upcast: (data: { figures: number[] }) => ({ figures: data.figures.map((value) => ({ value, unit: 'case' })) }) },
]);

describe('upcasting older event versions on read', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createPGliteTestDatabase();
  });
  afterAll(() => database.drop());

  it('raises stored v1 and v2 events to v3 on every read path, leaving the log untouched', async () => {
    const raw = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    const context = { actor: 'user:test', agency: null, correlationId: 'c', causationId: null };
    await raw.append(
      'obligation-1',
      [
        { type: 'ReportSubmitted', data: { figure: 7 } },
        { type: 'ReportSubmitted', schemaVersion: 2, data: { figures: [1, 2] } },
        { type: 'ReportSubmitted', schemaVersion: 3, data: { figures: [{ value: 3, unit: 'child' }] } },
        { type: 'ObligationOverdue', data: { figure: 'not a report' } },
      ],
      'no_stream',
      context,
    );
    const store = withUpcasting(raw, upcasters);

    const expected = [
      { schemaVersion: 3, data: { figures: [{ value: 7, unit: 'case' }] } },
      {
        schemaVersion: 3,
        data: {
          figures: [
            { value: 1, unit: 'case' },
            { value: 2, unit: 'case' },
          ],
        },
      },
      { schemaVersion: 3, data: { figures: [{ value: 3, unit: 'child' }] } },
      { schemaVersion: 1, data: { figure: 'not a report' } },
    ];
    expect(await store.readStream('obligation-1')).toMatchObject(expected);
    expect(await store.readAll()).toMatchObject(expected);
    const seen: unknown[] = [];
    const subscription = store.subscribe(async (batch) => void seen.push(...batch));
    await subscription.caughtUp();
    await subscription.stop();
    expect(seen).toMatchObject(expected);
    expect((await raw.readStream('obligation-1'))[0]).toMatchObject({ schemaVersion: 1, data: { figure: 7 } });
  });

  it('refuses two upcasters for the same version', () => {
    const step = { type: 'A', fromVersion: 1, upcast: (data: unknown) => data };
    expect(() => new Upcasters([step, step])).toThrow(/Two upcasters for A@1/);
  });
});
