/**
 * Where bearer tokens come from. A deployment names its identity provider (Keycloak or any
 * OIDC provider) by its JWKS; the embedded default signs its own development tokens with a
 * key pair kept in the data folder and verifies them through the same JWKS path.
 */
export interface IdentityOptions {
  issuer: string;
  audience: string;
  /** The provider's JWKS; null in the embedded default (the development signer's key set). */
  jwksUrl: string | null;
  /** Leeway for exp / nbf between clocks, in seconds. */
  clockToleranceSeconds: number;
  /** After a fetch, how long an unknown kid waits before the JWKS is fetched again. */
  jwksCooldownMs: number;
  /** How long a fetched JWKS is trusted before it is fetched again. */
  jwksCacheMaxAgeMs: number;
  /** Embedded default only: the development key pair (created on first start). */
  developmentKeyFile: string | null;
}

export const EMBEDDED_ISSUER = 'urn:cpp:embedded-development-signer';
export const EMBEDDED_AUDIENCE = 'cpp-platform';

/** The algorithms a token may be signed with; `none` and every HMAC are refused by construction. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'];
