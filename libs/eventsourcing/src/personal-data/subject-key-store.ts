/**
 * Where data subjects' keys live: apart from the log, so that destroying a key makes every
 * copy of the fields sealed with it (events, projections, backups of both) unreadable. A table
 * of its own here; a KMS in a deployment. One key per subject and personal field, so that a
 * field whose retention ends first can be erased alone.
 */
export interface SubjectKey {
  subjectId: string;
  field: string;
  /** 32 random bytes (AES-256). */
  key: Buffer;
  purpose: string;
  retainUntil: string;
}

export interface SubjectFieldRef {
  subjectId: string;
  field: string;
}

export interface SubjectKeyStore {
  /** Stores keys not yet held; a key that exists or was destroyed is never replaced. */
  create(keys: SubjectKey[], createdAt: string): Promise<void>;
  /** The key, or null when it never existed or was destroyed. */
  find(subjectId: string, field: string): Promise<Buffer | null>;
  /** Whether this subject's field was erased (so a read can say so rather than "unknown"). */
  wasErased(subjectId: string, field: string): Promise<boolean>;
  /** Destroys the subject's keys (one field's, or all); answers which fields were destroyed now. */
  destroy(subjectId: string, erasedAt: string, field?: string): Promise<string[]>;
  /** Every field the subject ever had a key for, held or erased, in name order. */
  fieldsOf(subjectId: string): Promise<string[]>;
  /** Keys whose retention ended before `today`. */
  expiredBefore(today: string): Promise<SubjectFieldRef[]>;
}

/** The table the SQL key store creates; named so the erasure test can check it. */
export const SUBJECT_KEY_TABLES = ['personal_data_subject_keys', 'personal_data_erasures'] as const;
