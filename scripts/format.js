'use strict';
// `npm run format`: eslint's autofixes, then prettier. Prettier is not always idempotent on long
// member chains (`await t.as(x).ok(...)` settles on the second pass), so it writes until
// `prettier --check` agrees, at most three times. What eslint cannot fix it prints; `npm run lint`
// then fails on it.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const FILES = '**/*.{ts,js,mjs}';
const tool = (bin, args) => spawnSync(process.execPath, [path.join(root, 'node_modules', bin), ...args], { cwd: root, stdio: 'inherit' }).status;

const eslint = tool('eslint/bin/eslint.js', ['--fix', '.']);
let formatted = false;
for (let pass = 0; pass < 3 && !formatted; pass++) {
  tool('prettier/bin/prettier.cjs', ['--write', '--log-level', 'warn', FILES]);
  formatted = tool('prettier/bin/prettier.cjs', ['--check', '--log-level', 'silent', FILES]) === 0;
}
if (!formatted) console.error('format: prettier did not settle after three passes');
if (eslint !== 0) console.error('format: eslint left problems it cannot fix (listed above)');
process.exit(formatted && eslint === 0 ? 0 : 1);
