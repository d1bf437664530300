import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, KeyLike, SignJWT } from 'jose';

export interface SignedIdentity {
  subject: string;
  name: string;
}

/**
 * The embedded default's identity provider: an ES256 key pair kept beside the data, so tokens
 * printed at one start still work after a restart. Only its public half is ever used to verify.
 */
export class DevelopmentSigner {
  private constructor(
    private readonly privateKey: KeyLike | Uint8Array,
    readonly publicJwk: JWK,
    private readonly issuer: string,
    private readonly audience: string,
  ) {}

  static async open(file: string, issuer: string, audience: string): Promise<DevelopmentSigner> {
    if (!fs.existsSync(file)) {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const jwk = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: `dev-${Date.now().toString(36)}` };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
    }
    const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
    const { d: _private, ...publicJwk } = jwk;
    return new DevelopmentSigner(await importJWK(jwk, 'ES256'), publicJwk, issuer, audience);
  }

  /** The key set the verifier reads, and /.well-known/jwks.json serves. */
  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  issue(identity: SignedIdentity, expiresIn: string = '12h'): Promise<string> {
    return new SignJWT({ name: identity.name })
      .setProtectedHeader({ alg: 'ES256', kid: this.publicJwk.kid, typ: 'JWT' })
      .setSubject(identity.subject)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.privateKey);
  }
}
