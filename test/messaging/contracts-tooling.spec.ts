import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PROTO = path.join(ROOT, 'proto');
const env = { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };

function run(command: string, args: string[], cwd = ROOT) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8' });
}

/**
 * The contracts' guard rails, run by CI through the test suite: the committed TypeScript
 * is what buf generates, the contracts lint clean, and a breaking edit of a released
 * contract fails.
 */
describe('integration contracts tooling', () => {
  it('lints clean', () => {
    const lint = run('buf', ['lint'], PROTO);
    expect(lint.stdout + lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });

  it('has proto/gen exactly as buf generate makes it', () => {
    const check = run('sh', ['proto/check-generated.sh']);
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('breaks nothing that was released', () => {
    const check = run('sh', ['proto/check-breaking.sh']);
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('fails the breaking check when a released field is renamed', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-proto-'));
    try {
      fs.cpSync(path.join(PROTO, 'buf.yaml'), path.join(copy, 'buf.yaml'));
      fs.cpSync(path.join(PROTO, 'cpp'), path.join(copy, 'cpp'), { recursive: true });
      const inbound = path.join(copy, 'cpp/integration/v1/inbound.proto');
      fs.writeFileSync(inbound, fs.readFileSync(inbound, 'utf8').replace('uint32 percent_complete = 2;', 'uint32 percent_done = 2;'));
      const check = run('buf', ['breaking', copy, '--against', path.join(PROTO, 'released/v1.binpb')]);
      expect(check.status).not.toBe(0);
      expect(check.stdout).toContain('changed name from "percent_complete" to "percent_done"');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
