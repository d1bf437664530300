import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BenchContext, BenchSection } from './lib/group';
import { serverFacts } from './lib/postgres-admin';

function cpuModel(): string {
  try {
    const line = fs
      .readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line ? line.split(':')[1].trim() : (os.cpus()[0]?.model ?? 'unknown');
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

function command(file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'n/a';
  }
}

function packageVersion(name: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'n/a';
  }
}

export async function machineFacts(context: BenchContext): Promise<string> {
  const server = await serverFacts(context.adminUrl).catch(() => undefined);
  const memory =
    command('free', ['-h'])
      .split('\n')
      .find((l) => l.startsWith('Mem:'))
      ?.split(/\s+/)[1] ?? `${(os.totalmem() / 2 ** 30).toFixed(1)}Gi`;
  const lines = [
    `- Machine: ${command('nproc', [])} CPUs (\`nproc\`), ${cpuModel()}, ${memory} RAM (\`free -h\`), ${os.type()} ${os.release()}`,
    `- Node ${process.version}; pg ${packageVersion('pg')}; @electric-sql/pglite ${packageVersion('@electric-sql/pglite')}; ` +
      `@event-driven-io/emmett-postgresql ${packageVersion('@event-driven-io/emmett-postgresql')}`,
    server
      ? `- PostgreSQL ${server.version} over a Unix socket, fsync=${server.fsync}, synchronous_commit=${server.synchronousCommit}, shared_buffers=${server.sharedBuffers}` +
        (process.env.BENCH_THROWAWAY_CLUSTER ? ' (throwaway cluster started by the bench)' : ' (BENCH_DATABASE_URL)')
      : '- PostgreSQL: facts unavailable',
    `- Commit ${command('git', ['rev-parse', '--short', 'HEAD'])}; ${new Date().toISOString()}; ${context.runs} runs per figure, scale ${context.scale}; ` +
      `load average at start ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min)`,
  ];
  return lines.join('\n');
}

export function renderReport(facts: string, sections: BenchSection[], elapsedSeconds: number): string {
  return [
    '# Benchmarks',
    '',
    facts,
    `- Whole run: ${Math.round(elapsedSeconds)} s (\`npm run bench\`); load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}`,
    '',
    ...sections.flatMap((section) => [`## ${section.title}`, '', section.markdown, '']),
  ].join('\n');
}

/** bench/results/latest.md for a run of every group; latest-<groups>.md when only some were run. */
export function writeReport(markdown: string, groups?: string[]): string {
  const file = path.join(__dirname, 'results', groups?.length ? `latest-${groups.join('-')}.md` : 'latest.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return file;
}
