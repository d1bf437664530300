import { GraphqlClient } from '../../support/graphql-client';

/** What one cell of the access matrix answered. */
export interface Outcome {
  code: string | undefined;
  message: string;
  /** A search answered without error but left the aimed-at record out: the reader may not see it. */
  hidden?: boolean;
}

export const outcome = async (client: GraphqlClient, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> => {
  const result = await client.request(query, variables);
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message ?? '' };
};

/** A search naming nothing: the cell is refused when the aimed-at record is not among the results. */
export async function shown<Row>(client: GraphqlClient, query: string, field: string, found: (row: Row) => boolean): Promise<Outcome> {
  const result = await client.request(query);
  const error = result.errors?.[0];
  if (error) return { code: error.extensions?.code, message: error.message };
  return { code: undefined, message: '', hidden: !(result.data[field] as Row[]).some(found) };
}

let serial = 0;
export const fresh = (prefix: string) => `${prefix}-matrix-${++serial}`;

/** The province of an agency the matrix aims at (Sóc Trăng, or Tuyên Quang for the other province). */
export const provinceOf = (agency: string) => (agency.endsWith('tuyen-quang') ? 'tuyen-quang' : 'soc-trang');
