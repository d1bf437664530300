'use strict';
// `npm start`: the platform on the embedded default (PGlite under ./data, in-process bus,
// demo data from the source documents on first start). See README for the variables.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { ensureNodeModules, ensureWebBuild, root } = require('./ensure');

try {
  ensureNodeModules();
  ensureWebBuild();
} catch (error) {
  console.error(`cannot start: ${error.message}`);
  process.exit(1);
}
const child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', path.join('apps', 'platform', 'src', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json') },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
