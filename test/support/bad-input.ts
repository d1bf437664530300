import { NamedType, TypeRef } from './schema-mutations';

/** A place in a mutation's variables and what the schema says belongs there. */
export interface Slot {
  path: (string | number)[];
  type: TypeRef;
  /** The input field or argument name, which says what an id names (agencyId, taskIds...). */
  field: string;
}

/** Short texts the log holds (ids, codes, hashes, document numbers), by the key they go by in event data. */
export type KnownValues = Map<string, string[]>;

/**
 * Harvested from the events themselves, so that a context added later brings its own values:
 * bad input then replaces one slot of an otherwise real call, and reaches the rules.
 */
export function knownValues(events: { data: unknown }[]): KnownValues {
  const known: KnownValues = new Map();
  const add = (key: string, value: unknown) => {
    if (typeof value !== 'string' || value === '' || value.length > 200) return;
    const values = known.get(key) ?? [];
    if (!values.includes(value) && values.length < 20) values.push(value);
    known.set(key, values);
  };
  const pending: unknown[] = events.map((event) => event.data);
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (Array.isArray(inner)) inner.forEach((element) => add(singular(key), element));
        else add(key, inner);
        pending.push(inner);
      }
    }
  }
  return known;
}

function singular(key: string): string {
  return key.replace(/Ids$/, 'Id').replace(/s$/, '');
}

/** `toAgencyId`, `leadAgencyIds` and `agencyId` name the same kind of id. */
function idKey(field: string): string {
  const id = singular(field);
  const last = /([A-Z][a-z]+Id)$/.exec(id);
  return last ? last[1].charAt(0).toLowerCase() + last[1].slice(1) : id;
}

/**
 * A plausible value for every argument, built from the schema: values the log knows under the
 * field's name, a date where a date goes, one element per list, every field of an input
 * object; `variant` picks among the known values. Bad input is this value with one slot replaced.
 */
export function plausibleValue(
  type: TypeRef,
  field: string,
  types: Map<string, NamedType>,
  known: KnownValues,
  variant: number,
  slots: Slot[],
  path: (string | number)[],
): unknown {
  if (type.kind === 'NON_NULL') return plausibleValue(type.ofType!, field, types, known, variant, slots, path);
  slots.push({ path, type, field });
  if (type.kind === 'LIST') return [plausibleValue(type.ofType!, field, types, known, variant, slots, [...path, 0])];
  const named = types.get(type.name!)!;
  if (named.kind === 'ENUM') return named.enumValues![variant % named.enumValues!.length].name;
  if (named.kind === 'INPUT_OBJECT') {
    return Object.fromEntries(
      named.inputFields!.map((input) => [input.name, plausibleValue(input.type, input.name, types, known, variant, slots, [...path, input.name])]),
    );
  }
  return plausibleScalar(named.name, field, known, variant + slots.length);
}

function plausibleScalar(scalar: string, field: string, known: KnownValues, variant: number): unknown {
  if (scalar === 'Int') return 1 + (variant % 100);
  if (scalar === 'Float') return 1.5;
  if (scalar === 'Boolean') return variant % 2 === 0;
  if (/date/i.test(scalar) || /(On|From|To|Date)$/.test(field)) return /time/i.test(scalar) ? '2024-06-15T03:00:00Z' : `2024-0${6 + (variant % 4)}-15`;
  const values = known.get(field) ?? known.get(singular(field)) ?? known.get(idKey(field));
  if (values) return values[variant % values.length];
  if (scalar === 'ID' || /Ids?$/.test(field)) return 'kh-soc-trang-23-ct-ttg';
  if (scalar !== 'String') return '1000';
  return 'Báo cáo công tác bảo vệ trẻ em';
}

export type Attack = { name: string; fits: (slot: Slot) => boolean; value: (current: unknown) => unknown };

const isText = (slot: Slot) => slot.type.kind === 'SCALAR' && !['Int', 'Float', 'Boolean'].includes(slot.type.name!);
const isNumber = (slot: Slot) => slot.type.kind === 'SCALAR' && ['Int', 'Float'].includes(slot.type.name!);
const isId = (slot: Slot) => isText(slot) && (slot.type.name === 'ID' || /Ids?$/.test(slot.field));
const isDate = (slot: Slot) => isText(slot) && (/date/i.test(slot.type.name!) || /(On|From|To|Date)$/.test(slot.field));
const isList = (slot: Slot) => slot.type.kind === 'LIST';
const isStructured = (slot: Slot) => slot.type.kind === 'LIST' || slot.type.kind === 'INPUT_OBJECT';
const anywhere = () => true;

/**
 * A value nested `levels` deep. JSON.stringify recurses and would overflow on it, so it stands
 * in the variables as a mark that `serialise` writes out as text.
 */
export function nested(levels: number): unknown {
  return { [NESTED]: levels };
}

const NESTED = '__nested_levels__';

/** The request body, with every nested mark written out `{"x":{"x":...}}`. */
export function serialise(body: unknown): string {
  return JSON.stringify(body).replace(
    new RegExp(`\\{"${NESTED}":(\\d+)\\}`, 'g'),
    (_, levels) => `${'{"x":'.repeat(Number(levels))}"bottom"${'}'.repeat(Number(levels))}`,
  );
}

const text = (name: string, value: string): Attack => ({ name, fits: isText, value: () => value });

/** Every kind of bad input the issue lists, each applied where it can go. */
export const ATTACKS: Attack[] = [
  text('empty string', ''),
  text('blank string', '   '),
  text('100 KB string', 'x'.repeat(100_000)),
  text('NUL', '\u0000'),
  text('NUL inside text', 'Sở Y tế\u0000Sóc Trăng'),
  text('lone high surrogate', '\ud800'),
  text('lone low surrogate', 'trẻ em\udfff'),
  text('bell control', 'chuông\u0007'),
  text('escape sequence', '\u001b[2J'),
  text('vertical tab', 'a\u000bb'),
  text('decomposed Vietnamese', 'Sở Y tế Sóc Trăng'.normalize('NFD')),
  text('SQL in text', "'); DROP TABLE events; --"),
  text('emoji', '👶🏽 trẻ em'),
  { name: 'unknown id', fits: isId, value: () => 'khong-ton-tai-9f3a' },
  { name: 'id with spaces and capitals', fits: isId, value: () => 'Sở Y Tế' },
  { name: 'overlong id', fits: isId, value: () => 'a'.repeat(101) },
  { name: 'path-like id', fits: isId, value: () => '../../etc/passwd' },
  { name: 'impossible date 30 February', fits: isDate, value: () => '2024-02-30' },
  { name: 'impossible month', fits: isDate, value: () => '2024-13-01' },
  { name: 'year zero', fits: isDate, value: () => '0000-00-00' },
  { name: 'five-digit year', fits: isDate, value: () => '99999-01-01' },
  { name: 'date in words', fits: isDate, value: () => 'hôm qua' },
  { name: 'number past 32 bits', fits: isNumber, value: () => 2 ** 31 },
  { name: 'huge number', fits: isNumber, value: () => 1e308 },
  { name: 'negative number', fits: isNumber, value: () => -1 },
  { name: 'max safe integer', fits: isNumber, value: () => Number.MAX_SAFE_INTEGER },
  { name: 'huge number as text', fits: isText, value: () => '99999999999999999999999999999999' },
  { name: '10,000-element list', fits: isList, value: (current) => Array.from({ length: 10_000 }, () => (current as unknown[])[0]) },
  { name: 'duplicated element', fits: isList, value: (current) => [(current as unknown[])[0], (current as unknown[])[0]] },
  { name: 'empty list', fits: isList, value: () => [] },
  { name: '5,000 levels of nesting', fits: isStructured, value: () => nested(5_000) },
  { name: 'null', fits: anywhere, value: () => null },
  { name: 'wrong type', fits: anywhere, value: () => ({ unexpected: [1, 'two'] }) },
];

/** The variables with the value at `path` replaced. */
export function replaced(variables: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let holder: any = copy;
  for (const key of path.slice(0, -1)) holder = holder[key];
  holder[path[path.length - 1]] = value;
  return copy;
}
