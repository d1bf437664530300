import { invalid } from '../decider/domain-error';

/**
 * The limits every input crosses on its way in (GraphQL arguments, agency messages): generous
 * for a directive, a report or a finding, small enough that no input reaches the store as
 * an internal error or holds a request up.
 */
export interface InputLimits {
  /** Characters (UTF-16 code units) in one string. */
  maxStringLength: number;
  /** Elements in one list. */
  maxListLength: number;
  /** Levels of objects and lists inside one another. */
  maxDepth: number;
}

export const INPUT_LIMITS: InputLimits = { maxStringLength: 10_000, maxListLength: 2_000, maxDepth: 16 };

/** C0 controls but tab, newline and carriage return: PostgreSQL refuses NUL, the rest is never text a person typed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Half of a UTF-16 pair without its other half: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks an input and answers a copy with every text in Unicode NFC, so that a word typed on
 * two keyboards (precomposed "Sở", or "S" + "o" + horn + hook) is one value in the store.
 * Refuses, as BAD_USER_INPUT naming the field's path (`input.tasks[3].text`), control
 * characters, lone surrogates and anything past the limits. Walks with an explicit stack: a
 * hostile depth is refused, never a RangeError.
 */
export function acceptInput<T>(value: T, path: string, limits: InputLimits = INPUT_LIMITS): T {
  const root: { value: unknown } = { value };
  const pending: { holder: Record<string | number, unknown>; key: string | number; path: string; depth: number }[] = [
    { holder: root as never, key: 'value', path, depth: 0 },
  ];
  while (pending.length > 0) {
    const { holder, key, path: at, depth } = pending.pop()!;
    const current = holder[key];
    if (typeof current === 'string') {
      put(holder, key, acceptText(current, at, limits));
      continue;
    }
    if (Array.isArray(current)) {
      if (depth >= limits.maxDepth) throw tooDeep(at, limits);
      if (current.length > limits.maxListLength) throw invalid(`${at} has ${current.length} elements; the limit is ${limits.maxListLength}`, { field: at });
      const copy = [...current];
      put(holder, key, copy);
      copy.forEach((_, index) => pending.push({ holder: copy as never, key: index, path: `${at}[${index}]`, depth: depth + 1 }));
      continue;
    }
    if (isPlainObject(current)) {
      if (depth >= limits.maxDepth) throw tooDeep(at, limits);
      const copy: Record<string, unknown> = { ...current };
      put(holder, key, copy);
      for (const name of Object.keys(copy)) pending.push({ holder: copy, key: name, path: at ? `${at}.${name}` : name, depth: depth + 1 });
    }
  }
  return root.value as T;
}

/** One text: refused when it cannot be stored or read as text, otherwise answered in NFC. */
export function acceptText(text: string, field: string, limits: InputLimits = INPUT_LIMITS): string {
  if (text.length > limits.maxStringLength) throw invalid(`${field} is ${text.length} characters long; the limit is ${limits.maxStringLength}`, { field });
  const control = CONTROL.exec(text);
  if (control) throw invalid(`${field} contains the control character U+${codePoint(control[0])} at position ${control.index}`, { field });
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) throw invalid(`${field} contains a lone UTF-16 surrogate U+${codePoint(surrogate[0])} at position ${surrogate.index}`, { field });
  return text.normalize('NFC');
}

/** Defined, not assigned: a key named __proto__ stays a key. */
function put(holder: object, key: string | number, value: unknown): void {
  Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
}

function tooDeep(field: string, limits: InputLimits) {
  return invalid(`${field || 'the input'} is nested more than ${limits.maxDepth} levels deep`, { field });
}

function codePoint(character: string): string {
  return character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** Objects built from JSON or by GraphQL coercion; class instances (a Date, a Buffer) pass as they are. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
