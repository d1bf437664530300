import { IntegrationSenders } from '@cpp/access';
import { localDateAt } from '@cpp/eventsourcing';
import { AgencyAuthorization, AuthorizationDecision } from '@cpp/messaging';

/**
 * Ingest's question put to access: may this sending system publish for this agency, on the
 * day (in Vietnam) its message says the fact happened? A report dated before the system's
 * grant began, or from the day it was revoked, is refused however late it arrives.
 */
export class GrantedSenders implements AgencyAuthorization {
  constructor(private readonly senders: IntegrationSenders) {}

  async authorize(sender: string, agencyId: string, occurredAt: Date): Promise<AuthorizationDecision> {
    const decision = await this.senders.mayPublish(sender, agencyId, localDateAt(occurredAt));
    return decision.allowed ? { allowed: true } : { allowed: false, code: 'unauthorized-agency', reason: decision.reason };
  }
}
