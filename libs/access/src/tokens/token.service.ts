import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Actor } from '../domain/actor';
import { actorOf, claimsOf } from './token-claims';

/** Signed bearer tokens (HS256). Issuing exists for the embedded mode's demo tokens and tests. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(actor: Actor, expiresIn: `${number}${'h' | 'd'}` = '12h'): string {
    return this.jwt.sign(claimsOf(actor), { expiresIn });
  }

  /** The actor a token proves, or null when it is forged, expired or malformed. */
  verify(token: string): Actor | null {
    try {
      return actorOf(this.jwt.verify<Record<string, unknown>>(token));
    } catch {
      return null;
    }
  }
}
