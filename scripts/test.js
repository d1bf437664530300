'use strict';
// `npm test`: every suite against real services. Without TEST_DATABASE_URL the jest global
// setup starts a throwaway PostgreSQL from the installed binaries and stops it afterwards.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { ensureNodeModules, ensureSystemPackages, ensureWebBuild, root } = require('./ensure');

try {
  ensureNodeModules();
  ensureSystemPackages();
  ensureWebBuild();
} catch (error) {
  console.error(`cannot run the tests: ${error.message}`);
  process.exit(1);
}
// PGlite loads its WASM through dynamic import(), which jest's VM only allows with this flag.
const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' ');
const child = spawn(process.execPath, [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
