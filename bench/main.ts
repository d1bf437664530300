// Bench entry (run by `npm run bench [-- group...]` through scripts/bench.js, which provides
// BENCH_DATABASE_URL). Groups are registered below; each is one file under bench/groups/.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BenchContext, BenchGroup, BenchSection } from './lib/group';
import { machineFacts, renderReport, writeReport } from './report';

/**
 * The registered groups, in the order `npm run bench` runs them. Add a group (e.g. Kafka ingest
 * rate) as one file exporting a BenchGroup and one line here. Loaded lazily, so that a group
 * whose code does not load does not stop the others from being run by name.
 */
const GROUPS: Record<string, () => Promise<BenchGroup>> = {
  eventstore: async () => (await import('./groups/eventstore')).eventStoreGroup,
  obligations: async () => (await import('./workloads/obligations-query')).obligationsQueryGroup,
  ingest: async () => (await import('./workloads/ingest')).ingestGroup,
  funding: async () => (await import('./workloads/funding-ledger')).fundingLedgerGroup,
  national: async () => (await import('./workloads/national')).nationalGroup,
  'access-log': async () => (await import('./workloads/access-log-overhead')).accessLogGroup,
  api: async () => (await import('./workloads/api-obligations')).apiObligationsGroup,
};

/** Groups too long for the default run: they run only when named. */
const ONLY_WHEN_NAMED = new Set(['national']);

async function usage(): Promise<string> {
  const lines: string[] = [];
  for (const [name, load] of Object.entries(GROUPS)) {
    const summary = await load().then(
      (group) => group.summary,
      (error) => `(does not load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
    lines.push(`  ${name.padEnd(12)} ${summary}`);
  }
  return [
    'usage: npm run bench [-- [group...] [--runs N] [--scale X]]',
    '',
    'groups (all but national when none is named):',
    ...lines,
    '',
    'environment: BENCH_DATABASE_URL (use this cluster instead of a throwaway one), BENCH_RUNS (5), BENCH_SCALE (1)',
  ].join('\n');
}

function parseArgs(argv: string[]): { names: string[]; runs: number; scale: number } {
  const names: string[] = [];
  let runs = Number(process.env.BENCH_RUNS ?? 5);
  let scale = Number(process.env.BENCH_SCALE ?? 1);
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') runs = Number(value());
    else if (flag === '--scale') scale = Number(value());
    else if (flag.startsWith('-')) throw new Error(`Unknown option ${argv[i]} (see --help)`);
    else names.push(argv[i]);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  if (!(scale > 0)) throw new Error(`--scale must be positive`);
  return { names, runs, scale };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h') || argv.includes('--list')) {
    process.stdout.write(`${await usage()}\n`);
    return;
  }
  const { names, runs, scale } = parseArgs(argv);
  const unknown = names.filter((name) => !(name in GROUPS));
  if (unknown.length) throw new Error(`Unknown bench group(s): ${unknown.join(', ')}; known: ${Object.keys(GROUPS).join(', ')}`);
  const selected = Object.keys(GROUPS).filter((name) => (names.length === 0 ? !ONLY_WHEN_NAMED.has(name) : names.includes(name)));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set: run the bench with `npm run bench`');

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-bench-'));
  const started = process.hrtime.bigint();
  const context: BenchContext = {
    adminUrl,
    runs,
    scale,
    tempDir,
    progress: (line) => process.stderr.write(`[${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0).padStart(4)} s] ${line}\n`),
  };
  try {
    const facts = await machineFacts(context);
    const sections: BenchSection[] = [];
    for (const name of selected) {
      const group = await GROUPS[name]();
      context.progress(`== ${group.name}: ${group.summary}`);
      sections.push(await group.run(context));
    }
    const report = renderReport(facts, sections, Number(process.hrtime.bigint() - started) / 1e9);
    const file = writeReport(report, names.length ? selected : undefined);
    process.stdout.write(`${report}\n`);
    context.progress(`bench: report written to ${path.relative(process.cwd(), file)}`);
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
