import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyLike;
  publicJwk: JWK;
}

export interface TokenClaims {
  subject: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token already expired. */
  expiresIn?: number;
  /** Seconds from now before which the token is not valid. */
  notBefore?: number;
  alg?: 'RS256' | 'ES256';
}

/**
 * An OIDC identity provider as the platform sees one: a JWKS on 127.0.0.1 and keys that sign
 * access tokens. Keys rotate on demand; the JWKS is fetched by the platform, never handed over.
 */
export class TestIdentityProvider {
  readonly issuer = 'https://idp.test/realms/cpp';
  readonly audience = 'cpp-platform';
  private keys: SigningKey[] = [];
  private server!: http.Server;
  jwksFetches = 0;

  static async start(): Promise<TestIdentityProvider> {
    const provider = new TestIdentityProvider();
    provider.keys = [await newKey('RS256', 'rsa-1'), await newKey('ES256', 'ec-1')];
    provider.server = http.createServer((request, response) => {
      if (request.url !== '/jwks') {
        response.writeHead(404).end();
        return;
      }
      provider.jwksFetches++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: provider.keys.map((key) => key.publicJwk) }));
    });
    await new Promise<void>((resolve) => provider.server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  get jwksUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`;
  }

  /** The RSA public key as the JWKS publishes it (what an algorithm-switch attacker would use as an HMAC secret). */
  publicRsaJwk(): JWK {
    return this.keys.find((key) => key.alg === 'RS256')!.publicJwk;
  }

  /** Replaces the RSA key by a new one with a new kid, as a provider's scheduled rotation does. */
  async rotate(kid: string): Promise<void> {
    this.keys = [await newKey('RS256', kid), ...this.keys.filter((key) => key.alg !== 'RS256')];
  }

  async sign(claims: TokenClaims): Promise<string> {
    const key = this.keys.find((candidate) => candidate.alg === (claims.alg ?? 'RS256'))!;
    return signWith(key.privateKey, key.alg, key.kid, claims, this);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function signWith(
  privateKey: KeyLike | Uint8Array,
  alg: string,
  kid: string,
  claims: TokenClaims,
  provider: { issuer: string; audience: string },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ name: claims.subject, preferred_username: claims.subject })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(claims.issuer ?? provider.issuer)
    .setAudience(claims.audience ?? provider.audience)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (claims.expiresIn ?? 300));
  if (claims.notBefore !== undefined) jwt.setNotBefore(now + claims.notBefore);
  return jwt.sign(privateKey);
}

async function newKey(alg: 'RS256' | 'ES256', kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}
