import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '../domain/actor';
import { TokenService } from '../tokens/token.service';
import { IS_PUBLIC } from './public.decorator';
import { requestOf } from './request-context';
import { REQUIRED_ROLES } from './roles.decorator';

/**
 * Runs before every resolver and route: no valid bearer token, no access, so a refused
 * request never reaches a command handler and writes nothing.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = requestOf(context);
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    const actor = this.tokens.verify(match[1]);
    if (!actor) throw new UnauthorizedException('The bearer token is invalid or expired');
    request.actor = actor;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenException(`This operation needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}
