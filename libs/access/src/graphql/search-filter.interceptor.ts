import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, Observable, switchMap } from 'rxjs';
import { Role } from '../domain/roles';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { ReadFilter } from './read-filter';
import { requestOf } from './request-context';
import { REQUIRED_ROLES } from './roles.decorator';

/** A search answers only what lies inside the reader's jurisdiction: the rest is left out, not refused. */
@Injectable()
export class SearchFilterInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly readFilter: ReadFilter,
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
            const visible = await this.readFilter.visible(request, list, filter, roles);
            return filter.list ? Object.assign(results as object, { [filter.list]: visible }) : visible;
          })(),
        ),
      ),
    );
  }
}
