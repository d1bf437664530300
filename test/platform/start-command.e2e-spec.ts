import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * What `npm start` runs (scripts/start.js; spawned directly so the test can watch its exit
 * code, which npm would replace by its own on a signal), on the embedded default: PGlite
 * in a fresh data folder.
 */
describe('the README start command (npm start, embedded PGlite, demo data)', () => {
  let child: ChildProcess;
  let output = '';
  let url: string;
  let dataDir: string;
  let startedIn: number;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-start-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    child = spawn(process.execPath, ['scripts/start.js'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    while (!output.includes('GraphQL at') && Date.now() - started < 60000 && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
    startedIn = Date.now() - started;
  }, 90000);

  afterAll(() => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const tokenOf = (role: string) => new RegExp(`${role}[^\\n]*\\n\\s+Authorization: Bearer (\\S+)`).exec(output)?.[1];
  const graphql = async (query: string, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  };

  it('serves GraphQL within a minute and prints ready-made demo tokens', () => {
    expect(output).toContain(`GraphQL at ${url}/graphql`);
    expect(startedIn).toBeLessThan(60000);
    expect(tokenOf('platform administrator')).toBeDefined();
    expect(tokenOf('steering committee')).toBeDefined();
  });

  it('answers the agencies of Sóc Trăng province from the demo data', async () => {
    // Asked before the 2025 reorganisation: since 1 July 2025 Sóc Trăng is part of Cần Thơ city.
    const result = await graphql(
      `
        {
          agencies(jurisdiction: "soc-trang", asOf: "2024-12-31") {
            id
            name
          }
        }
      `,
      tokenOf('steering committee'),
    );
    expect(result.errors).toBeUndefined();
    const names = result.data.agencies.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Công an tỉnh Sóc Trăng', 'Ủy ban nhân dân tỉnh Sóc Trăng']));
  });

  it('refuses a mutation without a token', async () => {
    const result = await graphql(`
      mutation {
        renameAgency(input: { agencyId: "so-y-te-soc-trang", name: "X", effectiveFrom: "2026-01-01" }) {
          changed
        }
      }
    `);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM: shutting down');
  }, 30000);
});
