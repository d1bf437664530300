import { randomUUID } from 'node:crypto';
import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthorizedActor } from '../domain/actor';
import { Chart } from '../domain/chart';

export type AuthenticatedRequest = Request & {
  actor?: AuthorizedActor;
  chart?: Chart;
  correlationId?: string;
  /** Set when a read outside the actor's grants was let through by their break-the-glass declaration. */
  breakGlass?: { reason: string; until: string; agencyIds: string[] };
};

/** The caller's X-Correlation-Id, or one made for this request: the same for its events and its access-log entries. */
export function correlationIdOf(request: AuthenticatedRequest): string {
  const header = request.headers['x-correlation-id'];
  request.correlationId ??= typeof header === 'string' && header.length > 0 && header.length <= 200 ? header : randomUUID();
  return request.correlationId;
}

/** The HTTP request behind a GraphQL operation or a plain HTTP route. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The operation's arguments (GraphQL args, or an HTTP body). */
export function argumentsOf(context: ExecutionContext): Record<string, unknown> {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
  return {};
}

export function valueAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}
