import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideAcrossStreams, EventStore, PlatformCommand, StreamCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { agencyDecider } from '../domain/agency/agency.decider';
import { AgencyCommand } from '../domain/agency/commands';
import { agencyStream } from '../domain/streams';
import { findAgencyFacts } from '../domain/agency/agency-fact';

export interface MergeAgenciesPayload {
  predecessorAgencyIds: string[];
  successorAgencyId: string;
  effectiveFrom: string;
  decision: string | null;
}

export class MergeAgenciesCommand extends PlatformCommand<MergeAgenciesPayload> {}

/**
 * Predecessors → successor. The successor's event, which names every predecessor, is written
 * first: it is the fact other contexts act on (open obligations pass to the successor). The
 * successor's decision judges the merger as a whole (each predecessor named once, registered,
 * active); the handler only looks the predecessors up.
 */
@CommandHandler(MergeAgenciesCommand)
export class MergeAgenciesHandler implements ICommandHandler<MergeAgenciesCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: MergeAgenciesCommand): Promise<WriteOutcome[]> {
    const { predecessorAgencyIds, successorAgencyId, effectiveFrom, decision } = payload;
    const predecessors = await findAgencyFacts(this.store, predecessorAgencyIds);
    const commands: StreamCommand<AgencyCommand>[] = [
      {
        streamId: agencyStream(successorAgencyId),
        command: { type: 'AbsorbPredecessors', agencyId: successorAgencyId, predecessorAgencyIds, predecessors, effectiveFrom, decision },
      },
      ...[...new Set(predecessorAgencyIds)].map((agencyId) => ({
        streamId: agencyStream(agencyId),
        command: { type: 'MergeAgencyInto' as const, agencyId, successorAgencyId, effectiveFrom, decision },
      })),
    ];
    return decideAcrossStreams(this.store, agencyDecider, commands, context);
  }
}
