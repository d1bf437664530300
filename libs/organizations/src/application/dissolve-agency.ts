import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { agencyDecider } from '../domain/agency/agency.decider';
import { agencyStream } from '../domain/streams';
import { findAgency } from './facts';
import { writeOutcome } from './write-outcome';

export class DissolveAgency {
  constructor(
    readonly input: { agencyId: string; successorAgencyId: string | null; effectiveFrom: string; decision: string | null },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(DissolveAgency)
export class DissolveAgencyHandler implements ICommandHandler<DissolveAgency, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: DissolveAgency): Promise<WriteOutcome[]> {
    const successor = input.successorAgencyId === null ? null : await findAgency(this.store, input.successorAgencyId);
    const stream = agencyStream(input.agencyId);
    const outcome = await handleCommand(this.store, agencyDecider, stream, { type: 'DissolveAgency', ...input, successor }, context);
    return [writeOutcome(stream, outcome)];
  }
}
