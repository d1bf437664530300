import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '../domain/agency/agency-fact';
import { agencyDecider } from '../domain/agency/agency.decider';
import { DissolveAgency } from '../domain/agency/commands';
import { agencyStream } from '../domain/streams';

export type DissolveAgencyPayload = Omit<DissolveAgency, 'type' | 'successor'>;

export class DissolveAgencyCommand extends PlatformCommand<DissolveAgencyPayload> {}

@CommandHandler(DissolveAgencyCommand)
export class DissolveAgencyHandler implements ICommandHandler<DissolveAgencyCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: DissolveAgencyCommand): Promise<WriteOutcome[]> {
    const successor = payload.successorAgencyId === null ? null : await findAgencyFact(this.store, payload.successorAgencyId);
    const stream = agencyStream(payload.agencyId);
    const outcome = await handleCommand(this.store, agencyDecider, stream, { type: 'DissolveAgency', ...payload, successor }, context);
    return [writeOutcome(stream, outcome)];
  }
}
