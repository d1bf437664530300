import { useCallback, useEffect, useState } from 'react';
import type { CombinedError, DocumentInput } from '@urql/core';
import { graphqlClient } from './client';

export interface GqlState<Data> {
  data: Data | undefined;
  error: CombinedError | undefined;
  loading: boolean;
  reload(): void;
}

/** A query that reruns when its variables change, and on reload() after a mutation (read-your-writes). */
export function useGql<Data, Variables extends Record<string, unknown> = Record<string, unknown>>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
  pause = false,
): GqlState<Data> {
  const [state, setState] = useState<{ data?: Data; error?: CombinedError; loading: boolean }>({ loading: !pause });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (pause) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    void graphqlClient
      .query(document, variables)
      .toPromise()
      .then((result) => {
        if (!current) return;
        // Offline, a page keeps what it last read rather than going blank (the inspector on site).
        setState((previous) =>
          result.error?.networkError && previous.data ? { ...previous, loading: false } : { data: result.data, error: result.error, loading: false },
        );
      });
    return () => {
      current = false;
    };
  }, [document, key, generation, pause]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload } as GqlState<Data>;
}

export async function mutate<Variables extends Record<string, unknown>>(document: DocumentInput<unknown, Variables>, variables: Variables) {
  return graphqlClient.mutation(document, variables).toPromise();
}
