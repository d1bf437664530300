import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function amountText(value: unknown): string {
  if (typeof value !== 'string')
    throw new GraphQLError('A VND amount is written as a string of digits, e.g. "150000000", never as a number', { extensions: { code: 'BAD_USER_INPUT' } });
  return value.trim();
}

/**
 * Vietnamese đồng as a decimal string: bigint inside, never a float on the wire. Input is
 * handed on as written; the deciders refuse negative, fractional and overflowing amounts.
 */
export const VndScalar = new GraphQLScalarType<string, string>({
  name: 'VND',
  description: 'An amount of Vietnamese đồng: a whole number written as a decimal string, e.g. "150000000"',
  serialize: (value) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'string' && /^-?[0-9]+$/.test(value)) return value;
    throw new GraphQLError(`Not an amount of đồng: ${String(value)}`);
  },
  parseValue: amountText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('A VND amount is written as a string of digits, e.g. "150000000", never as a number', { extensions: { code: 'BAD_USER_INPUT' } });
    return amountText(ast.value);
  },
});
