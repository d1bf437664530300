import { createLocalJWKSet, createRemoteJWKSet, JWTVerifyGetKey, jwtVerify } from 'jose';
import { ACCEPTED_ALGORITHMS, IdentityOptions } from './identity-options';

/** Who a token proves: the subject, nothing more. What they may do comes from grants. */
export interface VerifiedIdentity {
  subject: string;
  name: string;
}

/**
 * The one verification path: a JWKS (remote with cache and refresh on an unknown kid, or the
 * development signer's), the accepted algorithms, issuer, audience and clock leeway.
 */
export class TokenVerifier {
  private constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly options: IdentityOptions,
  ) {}

  static remote(options: IdentityOptions & { jwksUrl: string }): TokenVerifier {
    const keys = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: options.jwksCooldownMs, cacheMaxAge: options.jwksCacheMaxAgeMs });
    return new TokenVerifier(keys, options);
  }

  static local(jwks: Parameters<typeof createLocalJWKSet>[0], options: IdentityOptions): TokenVerifier {
    return new TokenVerifier(createLocalJWKSet(jwks), options);
  }

  /** The identity a token proves, or null when it is forged, expired, early, misdirected or malformed. */
  async verify(token: string): Promise<VerifiedIdentity | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: this.options.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return null;
      const name = typeof payload.name === 'string' ? payload.name : typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub;
      return { subject: payload.sub, name };
    } catch {
      return null;
    }
  }
}
