import { Injectable } from '@nestjs/common';
import { CommandContext, RecordedEvent } from '@cpp/eventsourcing';
import type { AgencyEvent } from '@cpp/organizations';
import { handOverOpenWork, handOversOf } from '../../domain/policies/merger-hand-over.policy';
import { ReactionFacts } from './reaction-facts';
import { ReactionSender } from './reaction-sender';

/** Follows the organisation chart: each hand-over the policy finds moves the open work it lists. */
@Injectable()
export class OrganizationReactions {
  constructor(
    private readonly facts: ReactionFacts,
    private readonly sender: ReactionSender,
  ) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    for (const handOver of handOversOf({ type: recorded.type, data: recorded.data } as AgencyEvent)) {
      await this.sender.send(handOverOpenWork(handOver, await this.facts.openWorkOf(handOver.fromAgencyId)), context);
    }
  }
}
