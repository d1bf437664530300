/**
 * A personal field as it stands in an event, a projection or a message: only ciphertext,
 * bound to the data subject and the field it was sealed for, never the value itself.
 *
 * `data` is base64 of iv (12 bytes) | GCM tag (16 bytes) | ciphertext; the additional data
 * authenticated with it is `subject` and `field`, so a sealed value cannot be moved onto
 * another child or another field and still open.
 */
export interface SealedValue {
  $sealed: 'aes-256-gcm/v1';
  subject: string;
  field: string;
  data: string;
}

export function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SealedValue>;
  return (
    candidate.$sealed === 'aes-256-gcm/v1' && typeof candidate.subject === 'string' && typeof candidate.field === 'string' && typeof candidate.data === 'string'
  );
}

/** What a read of a personal field answers: its value, or that it was erased (the key is gone). */
export type RevealedValue = { erased: false; value: string } | { erased: true; value: null };
