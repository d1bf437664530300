import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, Observable, switchMap } from 'rxjs';
import { ReadRecord } from '../domain/access-log/events';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { AccessLogWriter } from './access-log.writer';
import { PROTECTED_READ } from './protected-read.decorator';
import { argumentsOf, correlationIdOf, requestOf, valueAt } from './request-context';

/**
 * A read of protected data is recorded before its answer leaves. The append runs beside the
 * query rather than after it, so the log costs the reader little more than the slower of the two.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly writer: AccessLogWriter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [context.getHandler(), context.getClass()];
    const protectedData = this.reflector.getAllAndOverride<string | undefined>(PROTECTED_READ, targets);
    const request = requestOf(context);
    if (!protectedData || !request.actor) return next.handle();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    const args = argumentsOf(context);
    const records: ReadRecord[] = Object.entries(rule?.touches ?? {}).flatMap(([kind, path]) =>
      [valueAt(args, path)].flat().filter((id): id is string => typeof id === 'string').map((id) => ({ kind, id })),
    );
    const operation = context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName : context.getHandler().name;
    const logged = this.writer.record(request.actor, { operation, protectedData, records, breakGlass: request.breakGlass ?? null }, correlationIdOf(request));
    // Awaited below; a failed query must not leave the append's failure unobserved.
    logged.catch(() => undefined);
    return next.handle().pipe(switchMap((answer: unknown) => from(logged.then(() => answer))));
  }
}
