import { Requester } from '@cpp/eventsourcing';
import { Actor } from '@cpp/access';

export const requesterOf = (actor: Actor): Requester => ({ subject: actor.subject, agencyId: actor.agencyId, roles: actor.roles });
