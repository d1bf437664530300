import { AgencyAuthorization, AuthorizationDecision } from './agency-authorization';

/**
 * Adds the organization chart's word to an authorization: an allowed sender naming an agency
 * the platform does not know (a typo, or one dissolved long ago) is told so. Asked only after
 * the sender is allowed, so that a stranger learns nothing about which agencies exist.
 */
export class RequireKnownAgency implements AgencyAuthorization {
  constructor(
    private readonly inner: AgencyAuthorization,
    private readonly agencyExists: (agencyId: string) => Promise<boolean>,
  ) {}

  async authorize(sender: string, agencyId: string, occurredAt: Date): Promise<AuthorizationDecision> {
    const decision = await this.inner.authorize(sender, agencyId, occurredAt);
    if (!decision.allowed) return decision;
    if (!(await this.agencyExists(agencyId))) return { allowed: false, code: 'unknown-agency', reason: `Agency ${agencyId} is not known to the platform` };
    return decision;
  }
}
