import { GraphQLError, parse } from 'graphql';
import { checkDocumentSource, checkOperationShape, DOCUMENT_LIMITS } from './document-limits';

function refusal(run: () => void): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function shapeOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  return () => checkOperationShape(document, operation as never);
}

describe('document limits', () => {
  it('lets an ordinary operation through', () => {
    const query = 'mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { streamIds changed } }';
    expect(() => checkDocumentSource(query)).not.toThrow();
    expect(shapeOf(query)).not.toThrow();
  });

  it('refuses a literal nested 5,000 levels deep before graphql-js would overflow parsing it', () => {
    const query = `mutation { registerAgency(input: ${'{ x: '.repeat(5_000)}1${' }'.repeat(5_000)}) { changed } }`;
    const error = refusal(() => checkDocumentSource(query));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('The document nests more than 32 levels deep (line 1)');
  });

  it('refuses a document past the token or character limit', () => {
    expect(refusal(() => checkDocumentSource(`{ ${'a '.repeat(DOCUMENT_LIMITS.maxTokens)}}`)).message).toBe('The document has more than 20000 tokens');
    expect(refusal(() => checkDocumentSource(`# ${'x'.repeat(DOCUMENT_LIMITS.maxCharacters)}`)).message).toContain('the limit is 100000');
  });

  it('leaves a document the lexer cannot read to the parser, which reports it', () => {
    expect(() => checkDocumentSource('{ "unterminated }')).not.toThrow();
  });

  it('refuses selections nested too deep, counting through fragments', () => {
    const chain = Array.from({ length: 20 }, (_, i) => `fragment F${i} on __Type { ofType { ...F${i + 1} } }`).join('\n');
    expect(refusal(shapeOf(`query { __type(name: "Query") { ...F0 } }\n${chain}\nfragment F20 on __Type { name }`)).message).toBe(
      'The operation selects more than 16 levels deep',
    );
  });

  it('refuses a fragment spread into thousands of selections', () => {
    const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    expect(refusal(shapeOf(`query { ...F0 }\n${levels}\nfragment F12 on Query { __typename }`)).message).toBe(
      'The operation makes more than 1000 selections (fragments expanded)',
    );
  });
});
