import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The web app has its own compiler settings (DOM, JSX, bundler resolution); Vite strips its types without checking them. */
describe('TypeScript of the web app', () => {
  it('apps/web type-checks', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'apps/web/tsconfig.json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120000);
});
