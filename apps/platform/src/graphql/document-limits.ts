import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, Lexer, OperationDefinitionNode, SelectionSetNode, Source, TokenKind } from 'graphql';

/**
 * How large a GraphQL document may be. graphql-js parses recursively, so a document nested a
 * few thousand levels deep overflows the stack before any rule sees it: the size and the
 * nesting are read with the lexer alone, before the parse; the shape of the operation (how deep
 * its selections go, how many selections it makes with every fragment expanded) after it.
 */
export interface DocumentLimits {
  maxCharacters: number;
  maxTokens: number;
  /** Braces, brackets and parentheses inside one another: selections and literal input alike. */
  maxNesting: number;
  maxSelectionDepth: number;
  /** Fields, fragment spreads and inline fragments, with every fragment expanded where it is spread. */
  maxSelections: number;
}

export const DOCUMENT_LIMITS: DocumentLimits = { maxCharacters: 100_000, maxTokens: 20_000, maxNesting: 32, maxSelectionDepth: 16, maxSelections: 1_000 };

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** Before the parse. A document the lexer cannot read is left to the parser to report. */
export function checkDocumentSource(query: string, limits: DocumentLimits = DOCUMENT_LIMITS): void {
  if (query.length > limits.maxCharacters) throw refused(`The document is ${query.length} characters long; the limit is ${limits.maxCharacters}`);
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.maxTokens) throw refused(`The document has more than ${limits.maxTokens} tokens`);
      if (OPENING.has(token.kind) && ++nesting > limits.maxNesting)
        throw refused(`The document nests more than ${limits.maxNesting} levels deep (line ${token.line})`);
      if (CLOSING.has(token.kind)) nesting--;
    }
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw error;
  }
}

/** After the parse and validation: fragments are expanded, so a fragment spread many times counts every time. */
export function checkOperationShape(document: DocumentNode, operation: OperationDefinitionNode, limits: DocumentLimits = DOCUMENT_LIMITS): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let selections = 0;
  const pending: { selectionSet: SelectionSetNode; depth: number }[] = [{ selectionSet: operation.selectionSet, depth: 1 }];
  while (pending.length > 0) {
    const { selectionSet, depth } = pending.pop()!;
    if (depth > limits.maxSelectionDepth) throw refused(`The operation selects more than ${limits.maxSelectionDepth} levels deep`);
    for (const selection of selectionSet.selections) {
      if (++selections > limits.maxSelections) throw refused(`The operation makes more than ${limits.maxSelections} selections (fragments expanded)`);
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet) pending.push({ selectionSet: selection.selectionSet, depth: depth + 1 });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push({ selectionSet: selection.selectionSet, depth });
      } else {
        // Validation refused fragment cycles already; an unknown name cannot get this far.
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push({ selectionSet: fragment.selectionSet, depth });
      }
    }
  }
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
