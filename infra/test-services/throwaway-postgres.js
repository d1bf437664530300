'use strict';
// Starts a private PostgreSQL cluster from the installed binaries (no Docker here or in CI),
// listening on a Unix socket only, and stops it afterwards.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CANDIDATE_BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

function findBinDir() {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const found = CANDIDATE_BIN_DIRS.find((dir) => fs.existsSync(path.join(dir, 'initdb')));
  if (!found) {
    throw new Error('PostgreSQL server binaries not found: install them with `apt-get install -y postgresql` (or set TEST_DATABASE_URL / PG_BIN_DIR)');
  }
  return found;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** As root, PostgreSQL refuses to run: run its binaries as the postgres user. */
function run(bin, args, options = {}) {
  const command = isRoot ? 'su' : bin;
  const argv = isRoot ? ['postgres', '-s', '/bin/sh', '-c', [bin, ...args].map(shellQuote).join(' ')] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

function shellQuote(value) {
  return `'${String(value).replace(/'/g, `'\\''`)}'`;
}

async function startThrowawayPostgres({ port = 50000 + Math.floor(Math.random() * 10000), fsync = true } = {}) {
  const binDir = findBinDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-pg-'));
  fs.chmodSync(root, 0o1777);
  const dataDir = path.join(root, 'pgdata');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (isRoot) execFileSync('chown', ['postgres:postgres', dataDir]);
  run(path.join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale']);
  const options = [`-p ${port}`, `-k ${root}`, `-c listen_addresses=''`, '-c max_connections=200', `-c fsync=${fsync ? 'on' : 'off'}`].join(' ');
  run(path.join(binDir, 'pg_ctl'), ['-D', dataDir, '-l', path.join(root, 'postgres.log'), '-o', options, '-w', 'start']);
  const url = `postgresql://postgres@localhost:${port}/postgres?host=${encodeURIComponent(root)}`;
  return {
    url,
    root,
    async stop() {
      try {
        run(path.join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

module.exports = { startThrowawayPostgres, findBinDir };
