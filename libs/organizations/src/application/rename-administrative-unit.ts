import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { unitStream } from '../domain/streams';
import { unitDecider } from '../domain/unit/unit.decider';
import { writeOutcome } from './write-outcome';

export class RenameAdministrativeUnit {
  constructor(
    readonly input: { unitId: string; name: string; effectiveFrom: string; decision: string | null },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RenameAdministrativeUnit)
export class RenameAdministrativeUnitHandler implements ICommandHandler<RenameAdministrativeUnit, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: RenameAdministrativeUnit): Promise<WriteOutcome[]> {
    const stream = unitStream(input.unitId);
    const outcome = await handleCommand(this.store, unitDecider, stream, { type: 'RenameAdministrativeUnit', ...input }, context);
    return [writeOutcome(stream, outcome)];
  }
}
