/**
 * The kernel's pure core: what a decider, a projection or a reactor needs, with no driver, no
 * framework and no I/O of its own. Adapters have their own entry points:
 * `@cpp/eventsourcing/postgres`, `/pglite`, `/eventstoredb`, `/nest`, and `/testing` for specs.
 */
export * from './events/recorded-event';
export * from './events/new-event';
export * from './events/command-context';
export * from './store/event-store';
export * from './store/expected-revision';
export * from './store/errors';
export * from './batching/coalescer';
export * from './store/validate-append';
export * from './decider/decider';
export * from './decider/domain-error';
export * from './decider/handle-command';
export * from './decider/state-cache';
export * from './decider/load-state';
export * from './decider/write-outcome';
export * from './decider/platform-command';
export * from './decider/decide-across-streams';
export * from './clock/clock';
export * from './clock/local-date';
export * from './rules/identifier';
export * from './rules/requester';
export * from './rules/input-boundary';
export * from './sql/sql';
export * from './sql/migrations';
export * from './projections/projection';
export * from './projections/projection-runner';
export * from './projections/checkpoints';
export * from './projections/wait-for-checkpoints';
export * from './projections/recorded-versions';
export * from './projections/bitemporal-rows';
export * from './projections/version-fold';
export * from './projections/fold-rebuilders';
export * from './projections/insert-rows';
export * from './upcasting/upcasting-event-store';
export * from './reactors/reactor';
export * from './reactors/reactor-runner';
export * from './reactors/deterministic-event-id';
export * from './personal-data';
