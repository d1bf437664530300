import { SqlExecutor } from '../sql/sql';
import { insertRows } from './insert-rows';
import { ProjectionRebuilder } from './projection';
import { RecordedVersionTable } from './recorded-versions';
import { FoldedVersion, VersionFold } from './version-fold';

/** Rebuilds a table of one row per id holding its current state: each row written once, at the end. */
export function stateRowsRebuilder<S>(fold: VersionFold<S>, table: string, columns: readonly string[], row: (state: S) => unknown[]): ProjectionRebuilder {
  return {
    apply: async (_tx: SqlExecutor, events) => fold.feed(events),
    finish: (tx) =>
      insertRows(
        tx,
        table,
        columns,
        fold.current().map((version) => row(version.state)),
      ),
  };
}

/** Rebuilds a RecordedVersionTable: each version written once, when the next one closes it, the open ones at the end. */
export function recordedVersionsRebuilder<S>(fold: VersionFold<S>, spec: RecordedVersionTable<S>): ProjectionRebuilder {
  fold.keepClosedVersions();
  const columns = [spec.key, 'version', 'recorded_from', 'recorded_to', ...spec.columns, 'state'];
  const row = (v: FoldedVersion<S>) => [v.id, v.version, v.from, v.to, ...spec.values(v.state), JSON.stringify(v.state)];
  return {
    async apply(tx, events) {
      fold.feed(events);
      await insertRows(tx, spec.table, columns, fold.takeClosed().map(row));
    },
    finish: (tx) => insertRows(tx, spec.table, columns, fold.current().map(row)),
  };
}
