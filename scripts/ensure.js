'use strict';
// What a fresh machine lacks before the platform or its tests can run: npm packages, and
// for the tests the Debian packages that provide real services (PostgreSQL, Kafka's mock
// cluster through kcat). Installs them when it may (root), says how in one line otherwise.
const { execSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function ensureNodeModules() {
  if (fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) return;
  console.error('[setup] installing npm packages (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed');
}

const SYSTEM_PACKAGES = [
  {
    check: () => ['/usr/lib/postgresql/15/bin/initdb', '/usr/lib/postgresql/16/bin/initdb', '/usr/lib/postgresql/17/bin/initdb'].some((f) => fs.existsSync(f)),
    apt: 'postgresql',
    why: 'tests start a throwaway PostgreSQL',
  },
  { check: () => commandExists('kcat'), apt: 'kcat', why: "Kafka tests run librdkafka's mock cluster through kcat" },
  { check: () => commandExists('docker-compose'), apt: 'docker-compose', why: 'a test validates infra/compose.yaml without a Docker engine' },
  { check: () => fs.existsSync('/usr/bin/chromium'), apt: 'chromium', why: "the web app's tests drive Debian's Chromium (never a downloaded browser)" },
];

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.check());
  if (missing.length === 0) return;
  const names = missing.map((p) => p.apt).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`missing Debian packages (${missing.map((p) => p.why).join('; ')}): run \`sudo apt-get install -y ${names}\``);
  }
  console.error(`[setup] installing Debian packages: ${names}`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`, { stdio: 'inherit' });
  // Debian starts a cluster on install; the tests use their own throwaway clusters.
  spawnSync('sh', ['-c', 'command -v pg_ctlcluster >/dev/null && pg_lsclusters -h | while read v c _; do pg_ctlcluster "$v" "$c" stop; done'], {
    stdio: 'ignore',
  });
}

const WEB = path.join(root, 'apps', 'web');
const WEB_BUILD = path.join(WEB, 'dist', 'index.html');

function newestChange(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** The web app the platform serves at `/`: built when its build is missing or older than its sources. */
function ensureWebBuild() {
  const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => path.join(WEB, name)).filter((entry) => fs.existsSync(entry));
  if (fs.existsSync(WEB_BUILD) && Math.max(...sources.map(newestChange)) <= fs.statSync(WEB_BUILD).mtimeMs) return;
  console.error('[setup] building the web app (vite build)…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(WEB, 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('the web app build failed (npm run web:build)');
}

module.exports = { ensureNodeModules, ensureSystemPackages, ensureWebBuild, root };
