import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Coalescer, DomainError, EventStore, Sql, systemContext, waitForCheckpoints } from '@cpp/eventsourcing';
import { EVENT_STORE, READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Grant } from '../domain/grant/grant';
import { SenderDecision, senderMayPublish, senderSubject } from '../domain/integration/sender-agreement';
import { AccessQueries } from '../projections/access.queries';
import { grantsProjection } from '../projections/grants.projection';
import { GrantAccessCommand } from './grant-access';

/** Who records the deployment's sender agreements: the platform's administrator, through its configuration. */
const SENDER_AGREEMENTS_ACTOR = 'platform-administrator';

/** Which agencies each sending system acts for, as a deployment configures it (INTEGRATION_SENDERS). */
export type SenderAgreements = Record<string, readonly string[]>;

/** How long a refusal waits for the grants read model to reach the log's head before the message is tried again later. */
const GRANTS_BEHIND_MS = 2000;

/** The same sender and agency always name the same grant, so that a restart records nothing new. */
const senderGrantId = (sender: string, agencyId: string): string =>
  `integration-${createHash('sha256').update(`${sender}\u0000${agencyId}`).digest('hex').slice(0, 24)}`;

/**
 * Which sending system (agency software over Kafka) may publish for which agency, from
 * `integration` grants. The deployment's agreements are recorded as grants once; from then
 * on they are grants like any other: revoked through `revokeAccess`, and a sender is added
 * through `grantAccess` as well as through the configuration.
 */
@Injectable()
export class IntegrationSenders {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: AccessQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
  ) {}

  private readonly agencyGrants = new Coalescer<{ subject: string; agencyId: string }, Grant[]>((pairs) => this.queries.integrationGrantsFor(pairs));

  /**
   * Records each agreement not recorded before as a grant from `validFrom`, then waits until
   * the grants read model (maybe in a projector process) has everything committed so far,
   * so that no message is judged on a stale copy. An agreement left out of the configuration
   * stays granted: grants are facts, taken back only by a revocation. Answers how many were new.
   */
  async record(agreements: SenderAgreements, validFrom: string, timeoutMs = 60_000): Promise<number> {
    const context = systemContext(SENDER_AGREEMENTS_ACTOR);
    let recorded = 0;
    for (const [sender, agencies] of Object.entries(agreements)) {
      // A restart asks the read model once per sender instead of loading each grant's stream.
      const known = new Set((await this.queries.grantsOf(senderSubject(sender))).map((grant) => grant.grantId));
      for (const agencyId of new Set(agencies)) {
        const grantId = senderGrantId(sender, agencyId);
        if (known.has(grantId)) continue;
        const payload = { grantId, subject: senderSubject(sender), role: 'integration' as const, agencyId, jurisdictionUnitId: null, validFrom, validTo: null };
        try {
          await this.commands.execute(new GrantAccessCommand(payload, context));
          recorded++;
        } catch (error) {
          // Recorded by an earlier start (or another ingest instance starting beside this one).
          if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
        }
      }
    }
    await this.grantsCaughtUp(timeoutMs);
    return recorded;
  }

  /**
   * Whether the sender may publish for the agency on that day (a local date in Vietnam). Asked
   * for every message, never cached (a revocation holds from the next message): the grants of
   * the messages in flight are read together, each message's for its agency only.
   */
  async mayPublish(sender: string, agencyId: string, day: string): Promise<SenderDecision> {
    const decision = await this.judge(sender, agencyId, day);
    if (decision.allowed) return decision;
    // A missing grant may only be missing from the read model (catching up, or emptied for a
    // rebuild): the refusal stands once the grants have everything committed so far; until
    // then the error tells ingest to try the message again later rather than dead-letter it.
    await this.grantsCaughtUp(GRANTS_BEHIND_MS);
    return this.judge(sender, agencyId, day);
  }

  private async judge(sender: string, agencyId: string, day: string): Promise<SenderDecision> {
    const subject = senderSubject(sender);
    const forAgency = await this.agencyGrants.call({ subject, agencyId });
    // None for this agency: all the sender's grants tell "no agency at all" from "not this one".
    return senderMayPublish(sender, forAgency.length > 0 ? forAgency : await this.queries.grantsOf(subject), agencyId, day);
  }

  private async grantsCaughtUp(timeoutMs: number): Promise<void> {
    const head = await this.store.headCheckpoint();
    const outcome = await waitForCheckpoints(this.sql, [grantsProjection.name], head, { deadline: Date.now() + timeoutMs });
    if (outcome.reached) return;
    throw new Error(
      outcome.failed
        ? `The grants projection failed (${outcome.failed.error}): senders cannot be judged until it is rebuilt`
        : `The grants projection did not catch up within ${timeoutMs} ms: is a projector running?`,
    );
  }
}
