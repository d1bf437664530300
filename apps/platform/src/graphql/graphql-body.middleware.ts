import { json, NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { checkDocumentSource, DOCUMENT_LIMITS, DocumentLimits } from './document-limits';

/** Larger than any input the limits let through (a 10,000-character text, 2,000-element lists), far below what would hold a request up. */
export const MAX_BODY = '2mb';

/**
 * The door of /graphql: reads the JSON body and checks each document's size and nesting before
 * Apollo parses it (graphql-js parses recursively; Apollo answers an error thrown in its own
 * hooks before the parse as an internal error). What it refuses is answered as GraphQL answers,
 * with BAD_USER_INPUT, so a client reads one shape of error whatever it did wrong.
 */
export function graphqlBody(limits: DocumentLimits = DOCUMENT_LIMITS, maxBody: string = MAX_BODY) {
  const parse = json({ limit: maxBody });
  return (request: Request, response: Response, next: NextFunction): void => {
    parse(request, response, (error?: { status?: number; type?: string; message?: string }) => {
      if (error) {
        const tooLarge = error.type === 'entity.too.large';
        return refuse(
          response,
          error.status ?? 400,
          tooLarge ? `The request body is larger than ${maxBody}` : `The request body is not JSON: ${error.message}`,
        );
      }
      try {
        for (const query of documentsOf(request)) checkDocumentSource(query, limits);
      } catch (refusal) {
        if (refusal instanceof GraphQLError) return refuse(response, 400, refusal.message);
        return next(refusal);
      }
      next();
    });
  };
}

/** One operation, a batch of them, or a GET's query string. */
function documentsOf(request: Request): string[] {
  const operations = [request.body ?? {}].flat() as { query?: unknown }[];
  const queries = [...operations.map((operation) => operation?.query), (request.query as { query?: unknown }).query];
  return queries.filter((query): query is string => typeof query === 'string');
}

function refuse(response: Response, status: number, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}
