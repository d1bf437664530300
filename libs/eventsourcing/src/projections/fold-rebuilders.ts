import { SqlExecutor } from '../sql/sql';
import { insertRows } from './insert-rows';
import { ProjectionRebuilder } from './projection';
import { RecordedVersionTable } from './recorded-versions';
import { FoldedVersion, VersionFold } from './version-fold';

/**
 * Rebuilds a table of one row per id holding its current state: each row written once, at the
 * end. When the fold's versions table is rebuilt in the same rebuild and has every column
 * of this one (same names, same values, as `row` gives them), the rows are its open versions,
 * copied by the server: the states are neither serialised again nor parsed again.
 */
export function stateRowsRebuilder<S>(fold: VersionFold<S>, table: string, columns: readonly string[], row: (state: S) => unknown[]): ProjectionRebuilder {
  return {
    apply: async (_tx: SqlExecutor, events) => fold.feed(events),
    async finish(tx) {
      const versions = fold.versionsTable();
      if (versions && columns.every((column) => versions.columns.includes(column))) {
        await versions.written;
        await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${versions.table} WHERE recorded_to IS NULL`);
        return;
      }
      await insertRows(
        tx,
        table,
        columns,
        fold.current().map((version) => row(version.state)),
      );
    },
  };
}

/** Rebuilds a RecordedVersionTable: each version written once, when the next one closes it, the open ones at the end. */
export function recordedVersionsRebuilder<S>(fold: VersionFold<S>, spec: RecordedVersionTable<S>): ProjectionRebuilder {
  const columns = [spec.key, 'version', 'recorded_from', 'recorded_to', ...spec.columns, 'state'];
  fold.keepClosedVersions(spec.table, columns);
  const row = (v: FoldedVersion<S>) => [v.id, v.version, v.from, v.to, ...spec.values(v.state), JSON.stringify(v.state)];
  return {
    async apply(tx, events) {
      fold.feed(events);
      await insertRows(tx, spec.table, columns, fold.takeClosed().map(row));
    },
    async finish(tx) {
      try {
        await insertRows(tx, spec.table, columns, fold.current().map(row));
      } catch (error) {
        fold.openVersionsWritten(error);
        throw error;
      }
      fold.openVersionsWritten();
    },
  };
}
