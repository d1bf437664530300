import { START } from '../events/recorded-event';
import { createPGliteTestDatabase, TestDatabase } from '../testing/test-databases';
import { migrate } from '../sql/migrations';
import { checkpointMigrations, saveCheckpoint } from './checkpoints';
import { waitForCheckpoints } from './wait-for-checkpoints';

describe('waiting for consumers to pass a checkpoint', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createPGliteTestDatabase();
    await migrate(database.sql, 'projections', checkpointMigrations);
  });
  afterAll(() => database?.drop());

  it('given a consumer that has saved nothing, when the log is empty, then it has passed the start at once', async () => {
    const outcome = await waitForCheckpoints(database.sql, ['never-ran'], START, { deadline: Date.now() + 1_000 });
    expect(outcome).toEqual({ reached: true });
  });

  it('given a consumer that has saved nothing, when the log has events, then it has not passed them by the deadline', async () => {
    const outcome = await waitForCheckpoints(database.sql, ['never-ran'], { transactionId: 7, position: 3 }, { deadline: Date.now() + 50 });
    expect(outcome).toEqual({ reached: false, failed: null });
  });

  it('given a consumer saved at a checkpoint, when asked about that checkpoint, then it has passed', async () => {
    await saveCheckpoint(database.sql, 'caught-up', { transactionId: 7, position: 3 });
    const outcome = await waitForCheckpoints(database.sql, ['caught-up'], { transactionId: 7, position: 3 }, { deadline: Date.now() + 1_000 });
    expect(outcome).toEqual({ reached: true });
  });
});
