import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { Public } from '../graphql/public.decorator';
import { DevelopmentSigner } from './development-signer';

/** The development signer's public keys, where an OIDC client looks for them. */
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(DevelopmentSigner) private readonly signer: DevelopmentSigner | null) {}

  @Public()
  @Get('jwks.json')
  jwks() {
    if (!this.signer) throw new NotFoundException('This platform trusts an external identity provider; ask it for its keys');
    return this.signer.jwks();
  }
}
