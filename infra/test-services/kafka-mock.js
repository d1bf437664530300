'use strict';
// Starts librdkafka's mock Kafka cluster (through Debian's `kcat`) for tests: real Kafka wire
// protocol, consumer groups and offset commits, no JVM and no Docker. Topics auto-create with
// 4 partitions; admin.createTopics and the idempotent producer are not supported by the mock.
const { spawn, spawnSync } = require('node:child_process');

const BOOTSTRAP = /bootstrap\.servers=(\S+)/;

function kcatInstalled() {
  return spawnSync('kcat', ['-V'], { stdio: 'ignore' }).status === 0;
}

function ensureKcat() {
  if (kcatInstalled()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => spawnSync('apt-get', ['install', '-y', 'kcat'], { stdio: 'ignore', env }).status === 0;
    // A fresh image has no package lists yet: update once and try again.
    if ((install() || (spawnSync('apt-get', ['update'], { stdio: 'ignore', env }).status === 0 && install())) && kcatInstalled()) return;
  }
  throw new Error('kcat not found: install it with `apt-get install -y kcat` (it runs the mock Kafka cluster for the tests)');
}

/**
 * Resolves with { brokers, bootstrapServers, stop() } once the cluster printed its bootstrap
 * servers. The process is bounded by `lifetimeSeconds` so that a test run killed hard does
 * not leave a cluster behind.
 */
function startKafkaMock({ brokers = 3, lifetimeSeconds = 1800, startTimeoutMs = 15000 } = {}) {
  ensureKcat();
  const child = spawn(
    'timeout',
    [
      '-s',
      'TERM',
      String(lifetimeSeconds),
      'kcat',
      '-C',
      '-b',
      'dummy:9092',
      '-X',
      `test.mock.num.brokers=${brokers}`,
      '-t',
      '__keepalive',
      '-d',
      'mock',
      '-q',
    ],
    // Its own process group, so that stop() reaches kcat even when SIGKILL is needed
    // (`timeout` forwards SIGTERM to kcat, but nothing can forward SIGKILL).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let seen = '';
    let found = false;
    const timer = setTimeout(
      () => fail(new Error(`The mock Kafka cluster printed no bootstrap servers within ${startTimeoutMs} ms: ${seen.slice(-500)}`)),
      startTimeoutMs,
    );
    // The mock logs every request at debug level: stderr must be read for the whole run, or
    // kcat blocks on a full pipe and the cluster stops answering.
    child.stderr.on('data', (chunk) => {
      if (found) return;
      seen = (seen + chunk.toString('utf8')).slice(-8192);
      const match = BOOTSTRAP.exec(seen);
      if (!match) return;
      found = true;
      clearTimeout(timer);
      const bootstrapServers = match[1];
      resolve({ brokers: bootstrapServers.split(','), bootstrapServers, pid: child.pid, stop });
    });
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`kcat exited before the mock cluster was up (${signal ?? code}): ${seen.slice(-500)}`)));

    function fail(error) {
      if (found) return;
      found = true;
      clearTimeout(timer);
      stop().finally(() => reject(error));
    }
  });

  async function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => signalGroup('SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  }

  function signalGroup(signal) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

module.exports = { startKafkaMock };
