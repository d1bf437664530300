/** Whether a sending system may act for an agency; only allowed messages reach a handler. */
export type AuthorizationDecision = { allowed: true } | { allowed: false; code: 'unauthorized-agency' | 'unknown-agency'; reason: string };

/**
 * The port ingest asks. A deployment answers from the organizations read model (is the
 * agency known, merged into a successor...) and its integration agreements, which hold from
 * and to a date: the message is judged on when it says it happened (`occurredAt`), not on
 * when it arrives. Throwing means the answer is not available now, and the message is retried.
 */
export interface AgencyAuthorization {
  authorize(sender: string, agencyId: string, occurredAt: Date): Promise<AuthorizationDecision>;
}

/** A fixed list of which sending system acts for which agencies, on any date. */
export class StaticAgencyAllowList implements AgencyAuthorization {
  private readonly allowed: Map<string, Set<string>>;

  constructor(entries: Record<string, readonly string[]>) {
    this.allowed = new Map(Object.entries(entries).map(([sender, agencies]) => [sender, new Set(agencies)]));
  }

  async authorize(sender: string, agencyId: string): Promise<AuthorizationDecision> {
    const agencies = this.allowed.get(sender);
    if (!agencies) return { allowed: false, code: 'unauthorized-agency', reason: `Sender ${sender} is not registered for any agency` };
    if (!agencies.has(agencyId)) return { allowed: false, code: 'unauthorized-agency', reason: `Sender ${sender} may not act for agency ${agencyId}` };
    return { allowed: true };
  }
}
