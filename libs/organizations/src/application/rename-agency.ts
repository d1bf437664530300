import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { agencyDecider } from '../domain/agency/agency.decider';
import { agencyStream } from '../domain/streams';
import { writeOutcome } from './write-outcome';

export class RenameAgency {
  constructor(
    readonly input: { agencyId: string; name: string; shortName: string | null; effectiveFrom: string; decision: string | null },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RenameAgency)
export class RenameAgencyHandler implements ICommandHandler<RenameAgency, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: RenameAgency): Promise<WriteOutcome[]> {
    const stream = agencyStream(input.agencyId);
    const outcome = await handleCommand(this.store, agencyDecider, stream, { type: 'RenameAgency', ...input }, context);
    return [writeOutcome(stream, outcome)];
  }
}
