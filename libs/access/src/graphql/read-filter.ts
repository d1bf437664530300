import { Injectable } from '@nestjs/common';
import { Role } from '../domain/roles';
import { AccessQueries } from '../projections/access.queries';
import { SearchFilter } from './access.decorator';
import { AccessJudge } from './access-judge';
import { AuthenticatedRequest, valueAt } from './request-context';

/**
 * What of a list the reader may see: a search's results, and the nested lists of a record
 * (field resolvers run without the guard, so a record readable by its reader must not lead
 * them, one link further, into another province's).
 */
@Injectable()
export class ReadFilter {
  constructor(
    private readonly judge: AccessJudge,
    private readonly queries: AccessQueries,
  ) {}

  async visible<Item>(request: AuthenticatedRequest, items: Item[], filter: SearchFilter, roles?: readonly Role[]): Promise<Item[]> {
    if (!request.actor) return [];
    const chart = (request.chart ??= await this.queries.chart());
    return items.filter((item) => this.judge.visible(request.actor!, roles, filter, valueAt(item as Record<string, unknown>, filter.field), chart));
  }

  /** What of a list of records of one kind (placed by the context that owns the kind) the reader may see. */
  async readable<Item>(request: AuthenticatedRequest, items: Item[], kind: string, idOf: (item: Item) => string, roles?: readonly Role[]): Promise<Item[]> {
    if (!request.actor) return [];
    const chart = (request.chart ??= await this.queries.chart());
    const allowed = await Promise.all(items.map((item) => this.judge.mayReadRecord(request.actor!, roles, kind, idOf(item), chart)));
    return items.filter((_, index) => allowed[index]);
  }
}
