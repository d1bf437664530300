import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { unitStream } from '../domain/streams';
import { EstablishAdministrativeUnit } from '../domain/unit/commands';
import { unitDecider } from '../domain/unit/unit.decider';
import { findLevel, findUnit } from './facts';

export type EstablishAdministrativeUnitPayload = Omit<EstablishAdministrativeUnit, 'type' | 'level' | 'parent'>;

export class EstablishAdministrativeUnitCommand extends PlatformCommand<EstablishAdministrativeUnitPayload> {}

@CommandHandler(EstablishAdministrativeUnitCommand)
export class EstablishAdministrativeUnitHandler implements ICommandHandler<EstablishAdministrativeUnitCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: EstablishAdministrativeUnitCommand): Promise<WriteOutcome[]> {
    const level = await findLevel(this.store, payload.levelCode);
    const parent = payload.parentUnitId === null ? null : await findUnit(this.store, payload.parentUnitId);
    const stream = unitStream(payload.unitId);
    const outcome = await handleCommand(this.store, unitDecider, stream, { type: 'EstablishAdministrativeUnit', ...payload, level, parent }, context);
    return [writeOutcome(stream, outcome)];
  }
}
