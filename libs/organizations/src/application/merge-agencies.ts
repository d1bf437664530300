import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, decideAcrossStreams, EventStore, invalid, notFound, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AgencyCommand, agencyDecider, AgencyFact } from '../domain/agency/agency.decider';
import { agencyStream } from '../domain/streams';
import { findAgency } from './facts';

export class MergeAgencies {
  constructor(
    readonly input: { predecessorAgencyIds: string[]; successorAgencyId: string; effectiveFrom: string; decision: string | null },
    readonly context: CommandContext,
  ) {}
}

/**
 * Predecessors → successor. The successor's event, which names every predecessor, is written
 * first: it is the fact other contexts act on (open obligations pass to the successor).
 */
@CommandHandler(MergeAgencies)
export class MergeAgenciesHandler implements ICommandHandler<MergeAgencies, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: MergeAgencies): Promise<WriteOutcome[]> {
    const { successorAgencyId, effectiveFrom, decision } = input;
    const ids = [...new Set(input.predecessorAgencyIds)];
    if (ids.length !== input.predecessorAgencyIds.length) throw invalid('A predecessor is named twice');
    const predecessors: AgencyFact[] = [];
    for (const agencyId of ids) {
      const fact = await findAgency(this.store, agencyId);
      if (!fact) throw notFound(`Agency ${agencyId} is not registered`);
      predecessors.push(fact);
    }
    const commands: { streamId: string; command: AgencyCommand }[] = [
      { streamId: agencyStream(successorAgencyId), command: { type: 'AbsorbPredecessors', agencyId: successorAgencyId, predecessors, effectiveFrom, decision } },
      ...ids.map((agencyId) => ({
        streamId: agencyStream(agencyId),
        command: { type: 'MergeAgencyInto' as const, agencyId, successorAgencyId, effectiveFrom, decision },
      })),
    ];
    return decideAcrossStreams(this.store, agencyDecider, commands, context);
  }
}
