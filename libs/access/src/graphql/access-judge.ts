import { ForbiddenException, Injectable } from '@nestjs/common';
import { acceptInput, Clock } from '@cpp/eventsourcing';
import { AccessQueries } from '../projections/access.queries';
import { AuthorizedActor, grantsFor } from '../domain/actor';
import { Chart } from '../domain/chart';
import { mayRead, mayWrite, TargetScope } from '../domain/scope';
import { Role } from '../domain/roles';
import { AccessRule, SearchFilter } from './access.decorator';
import { valueAt } from './request-context';
import { ScopeRegistry } from './scope-registry';

export interface BrokenGlass {
  reason: string;
  until: string;
  agencyIds: string[];
}

/** Places what an operation touches and judges the actor's grants against it. */
@Injectable()
export class AccessJudge {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly queries: AccessQueries,
    private readonly clock: Clock,
  ) {}

  /** Where a record sits; null when no one knows it (the operation then answers NOT_FOUND itself). */
  async placed(kind: string, id: string, chart: Chart): Promise<TargetScope | null> {
    if (kind === 'agency') return chart.unitOf(id) ? { agencyId: id, unitId: null } : null;
    if (kind === 'unit') return chart.knowsUnit(id) ? { agencyId: null, unitId: id } : null;
    if (kind === 'place') return chart.knowsUnit(id) ? { agencyId: null, unitId: id, placeOnly: true } : null;
    return this.scopes.resolverFor(kind)(id);
  }

  /**
   * Throws FORBIDDEN outside the actor's grants. A read outside them passes only under the
   * actor's break-the-glass declaration for the record's agency, which is returned to be logged.
   */
  async enforce(
    actor: AuthorizedActor,
    rule: AccessRule,
    roles: readonly Role[] | undefined,
    args: Record<string, unknown>,
    chart: Chart,
  ): Promise<BrokenGlass | null> {
    const grants = grantsFor(actor, roles);
    const brokenFor: string[] = [];
    let declared: { reason: string; until: string } | null = null;
    for (const [kind, path] of Object.entries(rule.touches)) {
      // The guard runs before the input boundary's pipe: an id is looked up only once it has crossed that boundary.
      const ids = [acceptInput(valueAt(args, path), path)].flat().filter((id): id is string => typeof id === 'string');
      for (const id of ids) {
        const target = await this.placed(kind, id, chart);
        // Nothing to place it by: the command or query itself answers NOT_FOUND, writing nothing.
        if (!target) continue;
        const allowed = rule.action === 'write' ? mayWrite(grants, actor.subject, target, chart) : mayRead(grants, target, chart);
        if (allowed) continue;
        const declaration =
          rule.action === 'read' && target.agencyId && grants.length > 0
            ? await this.queries.breakGlass(actor.subject, target.agencyId, this.clock.now())
            : null;
        if (!declaration) throw new ForbiddenException(`${actor.subject} may not ${rule.action} ${kind} ${id}: outside their grants`);
        declared = declaration;
        brokenFor.push(target.agencyId!);
      }
    }
    return declared ? { ...declared, agencyIds: [...new Set(brokenFor)] } : null;
  }

  /** What a search may show the actor. */
  visible(actor: AuthorizedActor, roles: readonly Role[] | undefined, filter: SearchFilter, value: unknown, chart: Chart): boolean {
    if (typeof value !== 'string') return readsWholeCountry(actor, roles);
    const place: TargetScope = filter.kind === 'agency' ? { agencyId: value, unitId: null } : { agencyId: null, unitId: value };
    const target: TargetScope = filter.readersBelow ? { ...place, readersBelow: true } : place;
    return mayRead(grantsFor(actor, roles), target, chart);
  }

  /** Whether a list may show the actor a record of some kind (a stream, a task...), placed by its context. */
  async mayReadRecord(actor: AuthorizedActor, roles: readonly Role[] | undefined, kind: string, id: string, chart: Chart): Promise<boolean> {
    const target = await this.placed(kind, id, chart);
    return target ? mayRead(grantsFor(actor, roles), target, chart) : readsWholeCountry(actor, roles);
  }
}

/** A result that names no place is shown only to whoever reads the whole country. */
const readsWholeCountry = (actor: AuthorizedActor, roles: readonly Role[] | undefined): boolean =>
  grantsFor(actor, roles).some((grant) => grant.jurisdictionUnitId === null && grant.agencyId === null);
