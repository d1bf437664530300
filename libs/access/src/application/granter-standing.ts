import { CommandContext } from '@cpp/eventsourcing';
import { inForceOn } from '../domain/grant/grant';
import { GranterStanding } from '../domain/grant/commands';
import { jurisdictionOf } from '../domain/scope';
import { ADMINISTRATOR_ROLES } from '../domain/roles';
import { AccessQueries } from '../projections/access.queries';

/**
 * Whether whoever asks administers the jurisdiction a grant reaches: a national administrator
 * everywhere, a provincial administrator inside their province. Platform processes (the demo
 * seed) stand as administrators.
 */
export async function granterStanding(
  queries: AccessQueries,
  context: CommandContext,
  grant: { agencyId: string | null; jurisdictionUnitId: string | null },
  day: string,
): Promise<GranterStanding> {
  if (context.actor.startsWith('system:')) return { subject: context.actor, administersJurisdiction: true };
  const subject = context.actor.replace(/^user:/, '');
  const [grants, chart] = await Promise.all([queries.grantsOf(subject), queries.chart()]);
  const asked = grant.jurisdictionUnitId ?? (grant.agencyId ? chart.unitOf(grant.agencyId) : null);
  const administers = grants
    .filter((held) => inForceOn(held, day) && ADMINISTRATOR_ROLES.includes(held.role))
    .some((held) => {
      const reach = jurisdictionOf(held, chart);
      if (reach === undefined) return false;
      if (reach === null) return true;
      return asked !== null && chart.within(asked, reach);
    });
  return { subject: context.actor, administersJurisdiction: administers };
}
