import { Migration, migrate } from '../../sql/migrations';
import { Sql } from '../../sql/sql';
import { SubjectFieldRef, SubjectKey, SubjectKeyStore } from '../subject-key-store';

export const subjectKeyMigrations: Migration[] = [
  {
    version: 1,
    name: 'subject keys and erasures',
    sql: `
CREATE TABLE personal_data_subject_keys (
  subject_id text NOT NULL,
  field text NOT NULL,
  key bytea NOT NULL,
  purpose text NOT NULL,
  retain_until date NOT NULL,
  created_at date NOT NULL,
  PRIMARY KEY (subject_id, field)
);
CREATE INDEX personal_data_subject_keys_retention ON personal_data_subject_keys (retain_until);
CREATE TABLE personal_data_erasures (
  subject_id text NOT NULL,
  field text NOT NULL,
  erased_at date NOT NULL,
  PRIMARY KEY (subject_id, field)
)
`,
  },
];

/**
 * Subject keys in a table of their own, on the read-model database (never the event store's).
 * A destroyed key's row is deleted, not blanked, and the table rewritten at once (VACUUM FULL),
 * so the key lingers neither in a dead row version nor in the page's free space (the erasure
 * test searches the table files for it); the erasure table remembers only that it was erased.
 * The write-ahead log and backups keep old pages for their retention: a deployment keeps keys
 * in a KMS instead, behind this same port.
 */
export class SqlSubjectKeyStore implements SubjectKeyStore {
  private constructor(private readonly sql: Sql) {}

  static async open(sql: Sql): Promise<SqlSubjectKeyStore> {
    await migrate(sql, 'personal-data:subject-keys', subjectKeyMigrations);
    return new SqlSubjectKeyStore(sql);
  }

  async create(keys: SubjectKey[], createdAt: string): Promise<void> {
    await this.sql.transaction(async (tx) => {
      for (const key of keys) {
        await tx.query(
          `INSERT INTO personal_data_subject_keys (subject_id, field, key, purpose, retain_until, created_at)
           SELECT $1, $2, $3, $4, $5, $6
           WHERE NOT EXISTS (SELECT 1 FROM personal_data_erasures WHERE subject_id = $1 AND field = $2)
           ON CONFLICT (subject_id, field) DO NOTHING`,
          [key.subjectId, key.field, key.key, key.purpose, key.retainUntil, createdAt],
        );
      }
    });
  }

  async find(subjectId: string, field: string): Promise<Buffer | null> {
    const { rows } = await this.sql.query<{ key: Uint8Array }>(
      'SELECT key FROM personal_data_subject_keys WHERE subject_id = $1 AND field = $2',
      [subjectId, field],
      { prepared: true },
    );
    return rows[0] ? Buffer.from(rows[0].key) : null;
  }

  async wasErased(subjectId: string, field: string): Promise<boolean> {
    const { rows } = await this.sql.query('SELECT 1 FROM personal_data_erasures WHERE subject_id = $1 AND field = $2', [subjectId, field], { prepared: true });
    return rows.length > 0;
  }

  async destroy(subjectId: string, erasedAt: string, field?: string): Promise<string[]> {
    const destroyed = await this.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ field: string }>(
        'DELETE FROM personal_data_subject_keys WHERE subject_id = $1 AND ($2::text IS NULL OR field = $2) RETURNING field',
        [subjectId, field ?? null],
      );
      for (const row of rows) {
        await tx.query('INSERT INTO personal_data_erasures (subject_id, field, erased_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          subjectId,
          row.field,
          erasedAt,
        ]);
      }
      return rows.map((row) => row.field);
    });
    // A plain VACUUM leaves the deleted row's bytes in the page; a full one rewrites the table into a new file.
    if (destroyed.length) await this.sql.exec('VACUUM FULL personal_data_subject_keys');
    return destroyed;
  }

  async fieldsOf(subjectId: string): Promise<string[]> {
    const { rows } = await this.sql.query<{ field: string }>(
      'SELECT field FROM personal_data_subject_keys WHERE subject_id = $1 UNION SELECT field FROM personal_data_erasures WHERE subject_id = $1 ORDER BY field',
      [subjectId],
    );
    return rows.map((row) => row.field);
  }

  async expiredBefore(today: string): Promise<SubjectFieldRef[]> {
    const { rows } = await this.sql.query<{ subject_id: string; field: string }>(
      'SELECT subject_id, field FROM personal_data_subject_keys WHERE retain_until < $1 ORDER BY retain_until, subject_id, field',
      [today],
    );
    return rows.map((row) => ({ subjectId: row.subject_id, field: row.field }));
  }
}
