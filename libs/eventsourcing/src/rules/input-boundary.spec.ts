import { DomainError } from '../decider/domain-error';
import { acceptInput, acceptText, INPUT_LIMITS } from './input-boundary';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('acceptInput (the one input boundary)', () => {
  it('answers every text in NFC: the same word typed on two keyboards is one value', () => {
    const composed = 'Sở Y tế';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(acceptInput({ input: { agencies: [{ name: decomposed }] } }, 'args')).toEqual({ input: { agencies: [{ name: composed }] } });
  });

  it('keeps tabs, line breaks, emoji and values that are not text', () => {
    const when = new Date('2024-06-01T00:00:00Z');
    const input = { note: 'dòng 1\r\ndòng 2\tcột', emoji: '👶🏽', amount: 10n, when, done: true, count: 3, none: null };
    expect(acceptInput(input, 'input')).toEqual(input);
    expect(acceptInput(input, 'input').when).toBe(when);
  });

  it('does not change what it was given', () => {
    const input = { name: 'Sở'.normalize('NFD') };
    acceptInput(input, 'input');
    expect(input.name).toBe('Sở'.normalize('NFD'));
  });

  it.each([
    ['a NUL', '\u0000', 'control character U+0000'],
    ['a bell', 'a\u0007', 'control character U+0007'],
    ['an escape', '\u001b[2J', 'control character U+001B'],
    ['a vertical tab', 'a\u000bb', 'control character U+000B'],
    ['a lone high surrogate', 'Sở\ud800', 'lone UTF-16 surrogate U+D800'],
    ['a lone low surrogate', '\udc00Sở', 'lone UTF-16 surrogate U+DC00'],
    ['a reversed pair', '\udc00\ud800', 'lone UTF-16 surrogate U+DC00'],
  ])('refuses %s as BAD_USER_INPUT naming the path', (_, text, reason) => {
    const error = refusal(() => acceptInput({ tasks: [{ text: 'ổn' }, { text }] }, 'input'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('input.tasks[1].text contains');
    expect(error.message).toContain(reason);
    expect(error.details).toEqual({ field: 'input.tasks[1].text' });
  });

  it('refuses a text, a list or a nesting past the limits', () => {
    expect(refusal(() => acceptText('x'.repeat(INPUT_LIMITS.maxStringLength + 1), 'summary')).message).toBe(
      'summary is 10001 characters long; the limit is 10000',
    );
    expect(refusal(() => acceptInput({ ids: Array(INPUT_LIMITS.maxListLength + 1).fill('a') }, 'input')).message).toBe(
      'input.ids has 2001 elements; the limit is 2000',
    );
    let deep: unknown = 'bottom';
    for (let level = 0; level < 5_000; level++) deep = { x: deep };
    expect(refusal(() => acceptInput(deep, 'input')).message).toBe(`input${'.x'.repeat(16)} is nested more than 16 levels deep`);
  });

  it('accepts exactly the limits', () => {
    expect(acceptText('x'.repeat(INPUT_LIMITS.maxStringLength), 'summary')).toHaveLength(INPUT_LIMITS.maxStringLength);
    let deep: unknown = 'bottom';
    for (let level = 0; level < INPUT_LIMITS.maxDepth; level++) deep = [deep];
    expect(acceptInput(deep, 'input')).toEqual(deep);
  });

  it('keeps a key named __proto__ a key, never a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "name": "a"}');
    const accepted = acceptInput(input, 'input') as Record<string, unknown>;
    expect(Object.getPrototypeOf(accepted)).toBe(Object.prototype);
    expect(Object.keys(accepted)).toEqual(['__proto__', 'name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
