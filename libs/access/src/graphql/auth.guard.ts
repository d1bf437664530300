import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Clock, localDateAt } from '@cpp/eventsourcing';
import { actorOf, AuthorizedActor } from '../domain/actor';
import { Role } from '../domain/roles';
import { TokenVerifier } from '../identity/token-verifier';
import { AccessQueries } from '../projections/access.queries';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { AccessJudge } from './access-judge';
import { IS_PUBLIC } from './public.decorator';
import { argumentsOf, AuthenticatedRequest, requestOf } from './request-context';
import { REQUIRED_ROLES } from './roles.decorator';

/**
 * Runs before every resolver and route: the token says who, the grants in force today say
 * what, and the operation's access rule says what it touches. A refused request never
 * reaches a command handler and writes nothing.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly grants: AccessQueries,
    private readonly judge: AccessJudge,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = requestOf(context);
    const actor = await this.authenticate(request);
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenException(`This operation needs one of the roles: ${required.join(', ')}`);
    }
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    if (rule) {
      request.chart ??= await this.grants.chart();
      const broken = await this.judge.enforce(actor, rule, required, argumentsOf(context), request.chart);
      if (broken) request.breakGlass = broken;
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest): Promise<AuthorizedActor> {
    if (request.actor) return request.actor;
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>)');
    const identity = await this.verifier.verify(match[1]);
    if (!identity) throw new UnauthorizedException('The bearer token is invalid, expired, not yet valid or not meant for this platform');
    request.actor = actorOf(identity, await this.grants.grantsOf(identity.subject), localDateAt(this.clock.now()));
    return request.actor;
  }
}
