import { createHash } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Actor, GrantAccessCommand, GrantAccessPayload, GrantRole } from '@cpp/access';
import { DomainError, systemContext } from '@cpp/eventsourcing';
import { ProjectionsService } from '@cpp/eventsourcing/nest';

/**
 * The grants behind a test's actor: tests name people by the roles the contexts' rules ask
 * for; the platform learns them as grants, as it would from an administrator.
 * org-admin is what a national administrator holds; every other role is a grant of itself,
 * for the actor's agency (reaching the agency's unit) or, without one, the whole country.
 */
const GRANT_OF: Record<string, GrantRole> = {
  'org-admin': 'national-administrator',
  'steering-committee': 'steering-committee',
  'agency-officer': 'agency-officer',
  inspector: 'inspector',
  integration: 'integration',
};

export function grantsOf(actor: Actor, jurisdictionUnitId: string | null = null): GrantAccessPayload[] {
  return actor.roles.map((named) => {
    const role = GRANT_OF[named] ?? (named as GrantRole);
    const grantId = `test-${createHash('sha256').update(`${actor.subject}|${role}|${actor.agencyId}`).digest('hex').slice(0, 24)}`;
    return { grantId, subject: actor.subject, role, agencyId: actor.agencyId, jurisdictionUnitId, validFrom: '2000-01-01', validTo: null };
  });
}

/** Records the grants behind an actor, as an administrator would, and waits until the guard can see them. */
export async function recordGrants(app: INestApplication, actor: Actor, jurisdictionUnitId: string | null = null): Promise<void> {
  const commands = app.get(CommandBus);
  for (const payload of grantsOf(actor, jurisdictionUnitId)) {
    try {
      await commands.execute(new GrantAccessCommand(payload, systemContext('test-harness')));
    } catch (error) {
      // The same person granted by an earlier test of this file.
      if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
    }
  }
  await app.get(ProjectionsService).caughtUp();
}
