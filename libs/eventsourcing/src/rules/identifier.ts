import { invalid } from '../decider/domain-error';

/**
 * The one id rule of the platform: ids are slugs so that they read well in stream names and
 * URLs (`kh-soc-trang-23-ct-ttg`, `so-y-te-soc-trang`), 2 to 100 characters.
 */
export const IDENTIFIER = /^[a-z0-9][a-z0-9-]{1,99}$/;

export const IDENTIFIER_RULE = 'lower-case letters, digits and dashes (2 to 100 characters)';

export function isIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

export function requireIdentifier(value: string, field: string): string {
  if (!isIdentifier(value)) throw invalid(`${field} "${value}" must be ${IDENTIFIER_RULE}`, { field });
  return value;
}
