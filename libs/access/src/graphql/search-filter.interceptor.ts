import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, Observable, switchMap } from 'rxjs';
import { Role } from '../domain/roles';
import { AccessQueries } from '../projections/access.queries';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { AccessJudge } from './access-judge';
import { requestOf, valueAt } from './request-context';
import { REQUIRED_ROLES } from './roles.decorator';

/** A search answers only what lies inside the reader's jurisdiction: the rest is left out, not refused. */
@Injectable()
export class SearchFilterInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly judge: AccessJudge,
    private readonly queries: AccessQueries,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [context.getHandler(), context.getClass()];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    if (!rule?.filter) return next.handle();
    const filter = rule.filter;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    const request = requestOf(context);
    return next.handle().pipe(
      switchMap((results: unknown) =>
        from(
          (async () => {
            const list = filter.list ? (results as Record<string, unknown> | null)?.[filter.list] : results;
            if (!Array.isArray(list) || !request.actor) return results;
            const chart = (request.chart ??= await this.queries.chart());
            const visible = list.filter((item) =>
              this.judge.visible(request.actor!, roles, filter.kind, valueAt(item as Record<string, unknown>, filter.field), chart),
            );
            return filter.list ? Object.assign(results as object, { [filter.list]: visible }) : visible;
          })(),
        ),
      ),
    );
  }
}
