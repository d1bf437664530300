import { DevelopmentSigner, SignedIdentity } from './development-signer';

/**
 * Issues tokens in the embedded default (demo tokens, tests). Absent when the platform trusts
 * an external identity provider: then only that provider issues tokens.
 */
export class DevelopmentTokens {
  constructor(private readonly signer: DevelopmentSigner) {}

  issue(identity: SignedIdentity, expiresIn: string = '12h'): Promise<string> {
    return this.signer.issue(identity, expiresIn);
  }
}
