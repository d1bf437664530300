'use strict';
// The import boundaries of the monorepo (issue 8): a pure domain, libs used only through their
// entry points, contexts blind to each other's internals. `npm run lint` checks them; the jest
// suite test/lint/lint.e2e-spec.ts runs them in `npm test`.

/** Drivers and frameworks: adapters and modules may use them, a domain and the kernel core may not. */
const IMPURE = [
  '(^|/)node_modules/@nestjs/',
  '(^|/)node_modules/pg/',
  '(^|/)node_modules/@electric-sql/pglite/',
  '(^|/)node_modules/@eventstore/db-client/',
  '(^|/)node_modules/kafkajs/',
];

/** The files another lib, an app or a test may import: each lib's index and the kernel's declared adapter entries. */
const ENTRY_POINTS = [
  '^libs/[^/]+/src/index\\.ts$',
  '^libs/eventsourcing/src/(postgres|pglite|eventstoredb|nest|testing)/index\\.ts$',
  '^libs/messaging/src/(kafka|testing)/index\\.ts$',
];

/** Suites that compare a context's read-model tables with a replay of the log: like benches, they read its internals. */
const READ_MODEL_REFERENCE = '^test/national/';

/** The bounded contexts (the kernel and the messaging boundary are shared libs, not contexts). */
const CONTEXT = '^libs/(organizations|directives|assignments|inspections|funding|forum|access)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'A domain folder holds deciders, state and policies: no framework, no driver.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: IMPURE },
    },
    {
      name: 'domain-stays-in-domain',
      comment:
        "A domain file imports only its own context's domain (so what it reaches inside its lib is pure too), never its application services, projections, GraphQL layer or module.",
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/domain/' },
      to: { path: '^libs/$1/src/', pathNot: ['^libs/$1/src/domain/', '^libs/$1/src/testing/'] },
    },
    {
      name: 'domain-uses-the-kernel-core',
      comment: 'A domain file takes the kernel from its pure core entry (@cpp/eventsourcing); its specs may add @cpp/eventsourcing/testing.',
      severity: 'error',
      from: { path: '^libs/(?!eventsourcing/)[^/]+/src/domain/' },
      to: { path: '^libs/eventsourcing/src/', pathNot: ['^libs/eventsourcing/src/index\\.ts$', '^libs/eventsourcing/src/testing/index\\.ts$'] },
    },
    {
      name: 'domain-testing-only-in-specs',
      comment:
        'Test helpers (a testing/ folder, @cpp/eventsourcing/testing with its database drivers) serve the domain specs and the fixtures beside them, never the domain code.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: ['\\.spec\\.ts$', '/testing/'] },
      to: { path: '^libs/[^/]+/src/testing/' },
    },
    {
      name: 'kernel-core-is-pure',
      comment: 'The kernel core entry (@cpp/eventsourcing) is what a domain imports: none of its files may reach a framework or a driver.',
      severity: 'error',
      from: { path: '^libs/eventsourcing/src/index\\.ts$' },
      to: { path: IMPURE, reachable: true },
    },
    {
      name: 'lib-through-its-entry',
      comment:
        'Another lib is imported only through its entry point (@cpp/<lib>, or a kernel adapter entry such as @cpp/eventsourcing/nest), never a deep path.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', ...ENTRY_POINTS] },
    },
    {
      name: 'app-through-lib-entry',
      comment:
        "Apps and tests import a lib only through its entry point. Benches may load a context's read-model tables directly: they measure its internals and nothing depends on them.",
      severity: 'error',
      from: { path: '^(apps|test|scripts)/', pathNot: READ_MODEL_REFERENCE },
      to: { path: '^libs/', pathNot: ENTRY_POINTS },
    },
    {
      name: 'bench-reads-internals-only',
      comment: "A bench may reach a context's domain and projections, not its application services or GraphQL layer.",
      severity: 'error',
      from: { path: ['^bench/', READ_MODEL_REFERENCE] },
      to: { path: '^libs/', pathNot: [...ENTRY_POINTS, `${CONTEXT}src/(domain|projections)/`] },
    },
    {
      name: 'no-relative-import-across-libs',
      comment: 'A relative path that climbs out of one lib into another bypasses the aliases: use @cpp/<lib>.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypes: ['local'], dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'no-relative-import-into-libs',
      comment: 'Apps and tests reach a lib through @cpp/<lib>, not a relative path (benches excepted, see app-through-lib-entry).',
      severity: 'error',
      from: { path: '^(apps|test|scripts)/', pathNot: READ_MODEL_REFERENCE },
      to: { path: '^libs/', dependencyTypes: ['local'], dependencyTypesNot: ['aliased'] },
    },
    {
      name: 'context-internals-are-private',
      comment: "A context never imports another context's projections, application services, GraphQL layer or domain internals: it reacts to published events.",
      severity: 'error',
      from: { path: `${CONTEXT}` },
      to: { path: `${CONTEXT}src/(projections|application|graphql|domain)/`, pathNot: '^libs/$1/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|coverage|\\.bench)/|/dist/|^proto/gen/|^bench/results/|^\\.lint-fixture-' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a domain that names a framework type depends on the framework.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
