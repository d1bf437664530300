import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '../domain/agency/agency-fact';
import { agencyDecider } from '../domain/agency/agency.decider';
import { RegisterAgency } from '../domain/agency/commands';
import { agencyStream } from '../domain/streams';
import { findUnit } from './facts';

export type RegisterAgencyPayload = Omit<RegisterAgency, 'type' | 'unit' | 'parent'>;

export class RegisterAgencyCommand extends PlatformCommand<RegisterAgencyPayload> {}

@CommandHandler(RegisterAgencyCommand)
export class RegisterAgencyHandler implements ICommandHandler<RegisterAgencyCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: RegisterAgencyCommand): Promise<WriteOutcome[]> {
    const unit = await findUnit(this.store, payload.unitId);
    const parent = payload.parentAgencyId === null ? null : await findAgencyFact(this.store, payload.parentAgencyId);
    const stream = agencyStream(payload.agencyId);
    const outcome = await handleCommand(this.store, agencyDecider, stream, { type: 'RegisterAgency', ...payload, unit, parent }, context);
    return [writeOutcome(stream, outcome)];
  }
}
