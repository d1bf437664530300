import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { SealedValue } from './sealed-value';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function newSubjectKey(): Buffer {
  return randomBytes(32);
}

const additionalData = (subject: string, field: string) => Buffer.from(`${subject}\u0000${field}`, 'utf8');

/** AES-256-GCM with a fresh iv per value; subject and field are authenticated with it. */
export function sealWith(key: Buffer, subject: string, field: string, plaintext: string): SealedValue {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(subject, field));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { $sealed: 'aes-256-gcm/v1', subject, field, data: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64') };
}

/** Throws when the key is not the one it was sealed with or the value was tampered with. */
export function openWith(key: Buffer, sealed: SealedValue): string {
  const bytes = Buffer.from(sealed.data, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(additionalData(sealed.subject, sealed.field));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
