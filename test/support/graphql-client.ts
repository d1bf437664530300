export interface GraphqlResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A bearer token, or how to get one (signing is asynchronous; a harness may grant first). */
export type TokenSource = string | null | (() => Promise<string>);

/** Where GraphQL listens, or how to find it now (a restarted platform listens on another port). */
export type Endpoint = string | (() => string);

/** A plain HTTP GraphQL client: tests go through the same door agency systems use. */
export class GraphqlClient {
  constructor(
    private readonly endpoint: Endpoint,
    private readonly tokenSource: TokenSource,
    private readonly headers: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): GraphqlClient {
    return new GraphqlClient(this.endpoint, this.tokenSource, { ...this.headers, ...headers });
  }

  async token(): Promise<string | null> {
    return typeof this.tokenSource === 'function' ? this.tokenSource() : this.tokenSource;
  }

  async request<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<Data>> {
    const token = await this.token();
    const response = await fetch(typeof this.endpoint === 'function' ? this.endpoint() : this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<Data>;
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<Data = any>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const result = await this.request<Data>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as Data;
  }

  /** The error code of a request that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions?.code;
  }
}
