import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { unitStream } from '../domain/streams';
import { RenameAdministrativeUnit } from '../domain/unit/commands';
import { unitDecider } from '../domain/unit/unit.decider';

export type RenameAdministrativeUnitPayload = Omit<RenameAdministrativeUnit, 'type'>;

export class RenameAdministrativeUnitCommand extends PlatformCommand<RenameAdministrativeUnitPayload> {}

@CommandHandler(RenameAdministrativeUnitCommand)
export class RenameAdministrativeUnitHandler implements ICommandHandler<RenameAdministrativeUnitCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: RenameAdministrativeUnitCommand): Promise<WriteOutcome[]> {
    const stream = unitStream(payload.unitId);
    const outcome = await handleCommand(this.store, unitDecider, stream, { type: 'RenameAdministrativeUnit', ...payload }, context);
    return [writeOutcome(stream, outcome)];
  }
}
