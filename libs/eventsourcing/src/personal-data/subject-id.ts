import { randomBytes } from 'node:crypto';

/**
 * A data subject's id is random: never a national id, a name or anything derived from them,
 * so that the id itself, which stays in the log after erasure, says nothing about the child.
 * It satisfies the platform's one id rule.
 */
export function newSubjectId(): string {
  return `ds-${randomBytes(16).toString('hex')}`;
}

export const SUBJECT_ID = /^ds-[0-9a-f]{32}$/;

export function isSubjectId(value: string): boolean {
  return SUBJECT_ID.test(value);
}
