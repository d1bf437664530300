import * as fs from 'node:fs';
import * as path from 'node:path';
import { isSealedValue, openWith, SealedValue, Sql } from '@cpp/eventsourcing';

/** Every table of the database as text, one JSON row per line (what a pg_dump of the data holds). */
export async function dumpEveryTable(sql: Sql): Promise<Map<string, string>> {
  const { rows } = await sql.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const dump = new Map<string, string>();
  for (const { schema, name } of rows) {
    const content = await sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${name}" t`);
    dump.set(`${schema}.${name}`, content.rows.map((row) => row.row).join('\n'));
  }
  return dump;
}

/** Every file under a directory (a PostgreSQL or PGlite data directory), as bytes. */
export function readFilesUnder(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        try {
          files.set(full, fs.readFileSync(full));
        } catch {
          // A file removed between listing and reading (a WAL segment recycled) held nothing to find.
        }
      }
    }
  };
  walk(root);
  return files;
}

/** The ways a value could sit in bytes without being encrypted. */
export function encodingsOf(value: string): Buffer[] {
  const utf8 = Buffer.from(value, 'utf8');
  const escaped = value.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [
    utf8,
    Buffer.from(value.normalize('NFD'), 'utf8'),
    Buffer.from(value, 'utf16le'),
    Buffer.from(utf8.toString('base64')),
    Buffer.from(utf8.toString('hex')),
    Buffer.from(escaped),
  ];
}

export function sealedValuesIn(text: string): SealedValue[] {
  const found: SealedValue[] = [];
  for (const match of text.matchAll(/\{[^{}]*"\$sealed"[^{}]*\}/g)) {
    try {
      const candidate = JSON.parse(match[0]);
      if (isSealedValue(candidate)) found.push(candidate);
    } catch {
      // Not JSON after all: nothing sealed here.
    }
  }
  return found;
}

/** Keys as the key table dumps them (bytea as \x… hex inside row_to_json). */
export function keysIn(text: string): Buffer[] {
  return [...text.matchAll(/"key":"\\\\x([0-9a-f]{64})"/g)].map((match) => Buffer.from(match[1], 'hex'));
}

export interface Finding {
  where: string;
  how: string;
}

/**
 * Where `secret` can be read: in clear (any encoding) in the text and byte sources, or by
 * opening any sealed value found with any key found. Decrypting is what makes the check
 * bite on a kept key: the ciphertext is everywhere, on purpose.
 */
export function findReadable(secret: string, texts: Map<string, string>, bytes: Map<string, Buffer>): Finding[] {
  const findings: Finding[] = [];
  const needles = encodingsOf(secret);
  for (const [where, text] of texts) if (needles.some((needle) => Buffer.from(text, 'utf8').includes(needle))) findings.push({ where, how: 'in clear' });
  for (const [where, content] of bytes) if (needles.some((needle) => content.includes(needle))) findings.push({ where, how: 'in clear' });
  const all = [...texts.values()].join('\n');
  const keys = keysIn(all);
  for (const sealed of sealedValuesIn(all)) {
    for (const key of keys) {
      let opened: string | null;
      try {
        opened = openWith(key, sealed);
      } catch {
        // Not this value's key: GCM refuses it.
        opened = null;
      }
      if (opened?.includes(secret)) findings.push({ where: `sealed ${sealed.subject}/${sealed.field}`, how: 'opened with a key in the dump' });
    }
  }
  return findings;
}
