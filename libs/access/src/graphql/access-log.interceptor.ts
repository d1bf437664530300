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
 * A read of protected data is queued for the access log before the query runs (the writer
 * appends in batches). A break-the-glass read waits until its entry is in the log.
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
    // A break-the-glass read is logged whatever it reads.
    if ((!protectedData && !request.breakGlass) || !request.actor) return next.handle();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    const args = argumentsOf(context);
    const records: ReadRecord[] = Object.entries(rule?.touches ?? {}).flatMap(([kind, path]) =>
      [valueAt(args, path)]
        .flat()
        .filter((id): id is string => typeof id === 'string')
        .map((id) => ({ kind, id })),
    );
    const operation =
      context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName : context.getHandler().name;
    const logged = this.writer.record(
      request.actor,
      { operation, protectedData: protectedData ?? 'data read under break-the-glass', records, breakGlass: request.breakGlass ?? null },
      correlationIdOf(request),
    );
    // A failed batch is reported by the writer; a routine read does not wait for it.
    logged.catch(() => undefined);
    if (!request.breakGlass) return next.handle();
    return next.handle().pipe(switchMap((answer: unknown) => from(logged.then(() => answer))));
  }
}
