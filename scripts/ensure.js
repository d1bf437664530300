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
  { check: () => ['/usr/lib/postgresql/15/bin/initdb', '/usr/lib/postgresql/16/bin/initdb', '/usr/lib/postgresql/17/bin/initdb'].some((f) => fs.existsSync(f)), apt: 'postgresql', why: 'tests start a throwaway PostgreSQL' },
  { check: () => commandExists('kcat'), apt: 'kcat', why: "Kafka tests run librdkafka's mock cluster through kcat" },
  { check: () => commandExists('docker-compose'), apt: 'docker-compose', why: 'a test validates infra/compose.yaml without a Docker engine' },
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
  spawnSync('sh', ['-c', 'command -v pg_ctlcluster >/dev/null && pg_lsclusters -h | while read v c _; do pg_ctlcluster "$v" "$c" stop; done'], { stdio: 'ignore' });
}

module.exports = { ensureNodeModules, ensureSystemPackages, root };
