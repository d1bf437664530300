#!/usr/bin/env node
'use strict';
// `npm run bench [-- group...]`: starts a throwaway PostgreSQL cluster (fsync on, as in
// production) unless BENCH_DATABASE_URL names one, runs the TypeScript bench entry
// (bench/main.ts) against it, and stops the cluster afterwards, also when the bench fails.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { startThrowawayPostgres } = require('../infra/test-services/throwaway-postgres');

const root = path.resolve(__dirname, '..');

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    return runEntry(args, process.env);
  }
  let cluster;
  let url = process.env.BENCH_DATABASE_URL;
  if (url) {
    process.stderr.write(`bench: using BENCH_DATABASE_URL\n`);
  } else {
    process.stderr.write('bench: starting a throwaway PostgreSQL cluster (fsync on)…\n');
    cluster = await startThrowawayPostgres({ fsync: true });
    url = cluster.url;
  }
  let stopping = false;
  const stopCluster = async () => {
    if (!cluster || stopping) return;
    stopping = true;
    process.stderr.write('bench: stopping the throwaway PostgreSQL cluster\n');
    try {
      await cluster.stop();
    } catch (error) {
      process.stderr.write(`bench: could not stop the cluster: ${error.message}\n`);
    }
  };
  let code;
  try {
    const clusterEnv = cluster ? { BENCH_THROWAWAY_CLUSTER: '1', BENCH_PG_DATA_DIR: path.join(cluster.root, 'pgdata') } : {};
    code = await runEntry(args, { ...process.env, BENCH_DATABASE_URL: url, ...clusterEnv });
  } finally {
    await stopCluster();
  }
  return code;
}

function runEntry(args, env) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=4096', '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', path.join(root, 'bench/main.ts'), ...args],
      { cwd: root, env: { ...env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json') }, stdio: 'inherit' },
    );
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  },
);
