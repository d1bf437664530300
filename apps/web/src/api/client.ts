import { Client, CombinedError, cacheExchange, fetchExchange } from '@urql/core';
import { bearerToken } from '../auth/session';

/** The one GraphQL endpoint, with the signed-in person's bearer token on every request. */
export const graphqlClient = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'network-only',
  // POST with a JSON body: Apollo's CSRF guard refuses simple GET requests, and tokens stay out of URLs' logs.
  preferGetMethod: false,
  fetchOptions: () => {
    const token = bearerToken();
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return { headers };
  },
});

export type ErrorKind = 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'NETWORK' | 'OTHER';

export function errorKind(error: CombinedError | undefined): ErrorKind | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' && ['FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(code) ? (code as ErrorKind) : 'OTHER';
}

export const errorMessage = (error: CombinedError) => error.graphQLErrors[0]?.message ?? error.message;
