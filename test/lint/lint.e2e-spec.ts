import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The lint and boundary rules are part of `npm test`: the tree passes eslint, dependency-cruiser
 * and `prettier --check`, and a deliberately bad file fails them by the named rule, so a rule
 * that silently stopped matching (a renamed folder, a broken alias) fails here too.
 */
const ROOT = path.resolve(__dirname, '../..');
const CRUISED = ['libs', 'apps', 'test', 'bench', 'scripts', 'infra'];
const FORMATTED = '**/*.{ts,js,mjs}';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Each tool gets four minutes: eslint, the slowest, takes about 15 s alone on 2 cores and 75 s on a machine loaded tenfold. */
const TOOL_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = TOOL_TIMEOUT_MS + 10_000;
jest.setTimeout(TEST_TIMEOUT_MS);

function run(tool: 'eslint' | 'depcruise' | 'prettier', args: string[], cwd = ROOT): Promise<Run> {
  const bin = { eslint: 'eslint/bin/eslint.js', depcruise: 'dependency-cruiser/bin/dependency-cruise.mjs', prettier: 'prettier/bin/prettier.cjs' }[tool];
  const started = Date.now();
  // The tools run in plain node: jest's --experimental-vm-modules flag is not theirs.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const options = { cwd, env, encoding: 'utf8' as const, maxBuffer: 256 * 1024 * 1024, timeout: TOOL_TIMEOUT_MS };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, 'node_modules', bin), ...args], options, (error, stdout, stderr) => {
      if (error && error.killed) return reject(new Error(`${tool} did not finish within ${TOOL_TIMEOUT_MS / 1000}s`));
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ status: error ? (error.code as number) : 0, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

interface EslintFile {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
  errorCount: number;
  warningCount: number;
}

function eslintProblems(output: string): string[] {
  const files = JSON.parse(output) as EslintFile[];
  return files.flatMap((file) => file.messages.map((m) => `${path.relative(ROOT, file.filePath)}:${m.line} ${m.ruleId ?? '(directive)'} ${m.message}`));
}

interface Cruise {
  summary: { violations: { from: string; to: string; rule: { name: string } }[]; error: number; totalCruised: number; totalDependenciesCruised: number };
}

/** The json reporter exits 0 whatever it found: the verdict is in its summary. */
function cruiseViolations(output: string): { summary: Cruise['summary']; lines: string[] } {
  const { summary } = JSON.parse(output) as Cruise;
  return { summary, lines: summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`) };
}

describe('the tree keeps the rules', () => {
  it('passes eslint with no error and no warning', async () => {
    const result = await run('eslint', ['--max-warnings', '0', '--format', 'json', '.']);
    const problems = eslintProblems(result.stdout);
    console.log(`eslint: ${problems.length} problems in ${result.seconds}s`);
    expect(problems).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('passes the dependency rules (pure domain, libs through their entry points, private context internals)', async () => {
    const result = await run('depcruise', ['--config', '.dependency-cruiser.js', '--output-type', 'json', ...CRUISED]);
    const { summary, lines } = cruiseViolations(result.stdout);
    console.log(`depcruise: ${lines.length} violations, ${summary.totalCruised} modules, ${summary.totalDependenciesCruised} imports in ${result.seconds}s`);
    expect(lines).toEqual([]);
    expect(summary.error).toBe(0);
  });

  it('is formatted by prettier', async () => {
    const result = await run('prettier', ['--list-different', FORMATTED]);
    const unformatted = result.stdout.split('\n').filter(Boolean);
    console.log(`prettier: ${unformatted.length} files not formatted in ${result.seconds}s (npm run format fixes them)`);
    expect(unformatted).toEqual([]);
    expect(result.status).toBe(0);
  });
});

describe('a deliberately bad file fails the rules', () => {
  // A scratch monorepo inside the repository (eslint lints only below its own root) with the real
  // tsconfig, so the @cpp aliases resolve as they do in the tree. Its folder starts with a dot:
  // the tree's own type-check (test/typecheck) never includes it, and the real runs ignore it.
  const fixture = path.join(ROOT, `.lint-fixture-${process.pid}-${Date.now()}`);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    fs.writeFileSync(path.join(fixture, file), text);
  };

  beforeAll(() => {
    fs.mkdirSync(fixture, { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(fixture, 'tsconfig.json'));
    // The kernel core entry reaching a driver through one of its files.
    write('libs/eventsourcing/src/index.ts', "export * from './store/kafka-store';\nexport type Event = { type: string };\n");
    write('libs/eventsourcing/src/store/kafka-store.ts', "import { Kafka } from 'kafkajs';\nexport const brokers = (kafka: Kafka) => kafka;\n");
    write('libs/eventsourcing/src/projections/checkpoints.ts', 'export const checkpoint = 1;\n');
    write('libs/eventsourcing/src/nest/index.ts', "export * from '../projections/checkpoints';\n");
    write('libs/eventsourcing/src/testing/index.ts', 'export const deciderSpec = 1;\n');
    write('libs/assignments/src/index.ts', "export * from './domain/events';\n");
    write('libs/assignments/src/domain/events.ts', "export type ObligationEvent = { type: 'ObligationCreated' };\n");
    write('libs/assignments/src/projections/tables.ts', "export const obligationTables = ['obligations'];\n");
    // A domain importing a framework, a driver, its own application layer, a kernel adapter and the
    // kernel's test helpers; its spec may use those helpers.
    write('libs/directives/src/domain/directive.state.ts', "import { Injectable } from '@nestjs/common';\nexport const decorate = Injectable;\n");
    write('libs/directives/src/domain/rows.ts', "import { Pool } from 'pg';\nexport const rows = (pool: Pool) => pool;\n");
    write(
      'libs/directives/src/domain/directive.decider.ts',
      "import { tables } from '../application/plan';\nimport { checkpoint } from '@cpp/eventsourcing/nest';\nimport { deciderSpec } from '@cpp/eventsourcing/testing';\nexport const all = [tables, checkpoint, deciderSpec];\n",
    );
    write(
      'libs/directives/src/domain/directive.decider.spec.ts',
      "import { deciderSpec } from '@cpp/eventsourcing/testing';\nimport { Event } from '@cpp/eventsourcing';\nexport const spec = deciderSpec;\nexport type E = Event;\n",
    );
    // Another context's read model: by a relative path, and by a deep alias the aliases do not map.
    write(
      'libs/directives/src/application/plan.ts',
      "import { obligationTables } from '../../../assignments/src/projections/tables';\nexport const tables = obligationTables;\n",
    );
    write(
      'libs/directives/src/application/deep.ts',
      "import { obligationTables } from '@cpp/assignments/projections/tables';\nexport const tables = obligationTables;\n",
    );
    // A deep path into the kernel past its entry points.
    write(
      'libs/directives/src/application/checkpoint.ts',
      "import { checkpoint } from '@cpp/eventsourcing/projections/checkpoints';\nexport const at = checkpoint;\n",
    );
    // The allowed ways in: the lib's index and a declared adapter entry.
    write(
      'libs/directives/src/application/allowed.ts',
      "import { ObligationEvent } from '@cpp/assignments';\nimport { checkpoint } from '@cpp/eventsourcing/nest';\nexport type Seen = ObligationEvent;\nexport const at = checkpoint;\n",
    );
    // A bench may load a context's read-model tables, not call its application services.
    write(
      'bench/workloads/obligations.ts',
      "import { obligationTables } from '../../libs/assignments/src/projections/tables';\nimport { tables } from '../../libs/directives/src/application/plan';\nexport const all = [obligationTables, tables];\n",
    );
    // A test reaching into a lib by a relative path.
    write(
      'test/support/reach.ts',
      "import { obligationTables } from '../../libs/assignments/src/projections/tables';\nexport const tables = obligationTables;\n",
    );
    // Faults eslint knows: an unused import and a promise nobody awaits.
    write(
      'libs/directives/src/application/careless.ts',
      "import { Injectable } from '@nestjs/common';\nasync function save(): Promise<void> {}\nexport function submit(): void {\n  save();\n}\n",
    );
    write('libs/directives/src/application/long.ts', `export const tooLong = [${Array.from({ length: 40 }, (_, i) => `'item-${i}'`).join(', ')}];\n`);
  });

  afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

  it('dependency-cruiser names each broken boundary', async () => {
    const result = await run('depcruise', ['--config', path.join(ROOT, '.dependency-cruiser.js'), '--output-type', 'json', 'libs', 'test', 'bench'], fixture);
    const { summary, lines } = cruiseViolations(result.stdout);
    expect(summary.error).toBe(lines.length);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^domain-is-pure: libs\/directives\/src\/domain\/directive\.state\.ts → .*node_modules\/@nestjs\/common\//),
        expect.stringMatching(/^domain-is-pure: libs\/directives\/src\/domain\/rows\.ts → .*node_modules\/pg\//),
        'domain-stays-in-domain: libs/directives/src/domain/directive.decider.ts → libs/directives/src/application/plan.ts',
        'domain-uses-the-kernel-core: libs/directives/src/domain/directive.decider.ts → libs/eventsourcing/src/nest/index.ts',
        'domain-testing-only-in-specs: libs/directives/src/domain/directive.decider.ts → libs/eventsourcing/src/testing/index.ts',
        expect.stringMatching(/^kernel-core-is-pure: libs\/eventsourcing\/src\/index\.ts → .*node_modules\/kafkajs\//),
        'context-internals-are-private: libs/directives/src/application/plan.ts → libs/assignments/src/projections/tables.ts',
        'lib-through-its-entry: libs/directives/src/application/plan.ts → libs/assignments/src/projections/tables.ts',
        'no-relative-import-across-libs: libs/directives/src/application/plan.ts → libs/assignments/src/projections/tables.ts',
        'not-to-unresolvable: libs/directives/src/application/deep.ts → @cpp/assignments/projections/tables',
        'lib-through-its-entry: libs/directives/src/application/checkpoint.ts → libs/eventsourcing/src/projections/checkpoints.ts',
        'app-through-lib-entry: test/support/reach.ts → libs/assignments/src/projections/tables.ts',
        'no-relative-import-into-libs: test/support/reach.ts → libs/assignments/src/projections/tables.ts',
        'bench-reads-internals-only: bench/workloads/obligations.ts → libs/directives/src/application/plan.ts',
      ]),
    );
    const allowed = ['application/allowed.ts', 'directive.decider.spec.ts', 'bench/workloads/obligations.ts → libs/assignments/'];
    expect(lines.filter((line) => allowed.some((file) => line.includes(file)))).toEqual([]);
  });

  it('eslint names the unused import and the floating promise', async () => {
    const result = await run('eslint', ['--no-ignore', '--format', 'json', path.join(fixture, 'libs/directives/src/application/careless.ts')]);
    const problems = eslintProblems(result.stdout).map((line) => line.split(' ')[1]);
    expect(result.status).not.toBe(0);
    expect(problems).toEqual(['@typescript-eslint/no-unused-vars', '@typescript-eslint/no-floating-promises']);
  });

  it('prettier --check names the over-long line', async () => {
    write('.prettierignore', '');
    const result = await run('prettier', [
      '--ignore-path',
      path.join(fixture, '.prettierignore'),
      '--list-different',
      path.join(fixture, 'libs/directives/src/application/long.ts'),
    ]);
    expect(result.status).not.toBe(0);
    expect(result.stdout.trim()).toBe(path.relative(ROOT, path.join(fixture, 'libs/directives/src/application/long.ts')));
  });
});
