import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';

const root = path.resolve(__dirname, '../..');

describe('npm run projection:rebuild', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    const store = await PostgresEventStore.create(database.sql);
    const context = { actor: 'user:test', agency: null, correlationId: 'cli', causationId: null };
    await store.append(
      'organizations-administrative-levels',
      [
        { type: 'AdministrativeLevelDefined', data: { levelCode: 'nation', name: 'Quốc gia', rank: 1 } },
        { type: 'AdministrativeLevelDefined', data: { levelCode: 'province', name: 'Tỉnh', rank: 2 } },
      ],
      'no_stream',
      context,
    );
  });
  afterAll(() => database?.drop());

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/platform/src/cli/rebuild-projection.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: database.url, JWT_SECRET: 'x'.repeat(32), TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), NODE_OPTIONS: '' },
      timeout: 60000,
    });

  it('replays the whole log into an emptied projection and says how many events it read', async () => {
    const result = run('organizations.chart');
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toContain('organizations.chart: rebuilt from 2 events');
    expect(result.status).toBe(0);
    const levels = await database.sql.query<{ level_code: string }>('SELECT level_code FROM org_levels ORDER BY rank');
    expect(levels.rows.map((row) => row.level_code)).toEqual(['nation', 'province']);
  }, 90000);

  it('with --all rebuilds every projection in one pass over the log', async () => {
    const result = run('--all');
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toContain('every projection: rebuilt from 2 events');
    expect(result.status).toBe(0);
    const levels = await database.sql.query<{ level_code: string }>('SELECT level_code FROM org_levels ORDER BY rank');
    expect(levels.rows.map((row) => row.level_code)).toEqual(['nation', 'province']);
  }, 90000);

  it('names the known projections when asked for an unknown one', () => {
    const result = run('no-such-projection');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown projection "no-such-projection"; known: .*organizations\.chart/);
  }, 90000);
});
