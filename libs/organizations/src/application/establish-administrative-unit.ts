import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { unitStream } from '../domain/streams';
import { unitDecider } from '../domain/unit/unit.decider';
import { findLevel, findUnit } from './facts';
import { writeOutcome } from './write-outcome';

export class EstablishAdministrativeUnit {
  constructor(
    readonly input: { unitId: string; name: string; levelCode: string; parentUnitId: string | null; effectiveFrom: string },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(EstablishAdministrativeUnit)
export class EstablishAdministrativeUnitHandler implements ICommandHandler<EstablishAdministrativeUnit, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: EstablishAdministrativeUnit): Promise<WriteOutcome[]> {
    const level = await findLevel(this.store, input.levelCode);
    const parent = input.parentUnitId === null ? null : await findUnit(this.store, input.parentUnitId);
    const stream = unitStream(input.unitId);
    const outcome = await handleCommand(this.store, unitDecider, stream, { type: 'EstablishAdministrativeUnit', ...input, level, parent }, context);
    return [writeOutcome(stream, outcome)];
  }
}
