import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { CommandContext } from '@cpp/eventsourcing';
import { Actor } from '../domain/actor';
import { correlationIdOf, requestOf } from './request-context';

/** The authenticated actor (set by AuthGuard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on a route the AuthGuard did not authenticate');
  return actor;
});

/**
 * Everything an event must record about the request that caused it: who, for which agency,
 * and a correlation id (the caller's X-Correlation-Id, or a new one).
 */
export const RequestContext = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const request = requestOf(context);
  if (!request.actor) throw new Error('RequestContext used on a route the AuthGuard did not authenticate');
  return { actor: `user:${request.actor.subject}`, agency: request.actor.agencyId, correlationId: correlationIdOf(request), causationId: null };
});
