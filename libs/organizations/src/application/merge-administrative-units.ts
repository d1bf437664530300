import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, decideAcrossStreams, EventStore, invalid, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { unitStream } from '../domain/streams';
import { unitDecider } from '../domain/unit/unit.decider';
import { findUnit } from './facts';

export class MergeAdministrativeUnits {
  constructor(
    readonly input: { unitIds: string[]; successorUnitId: string; effectiveFrom: string; decision: string | null },
    readonly context: CommandContext,
  ) {}
}

/** E.g. the 2025 merger of provinces: each predecessor records that it merged into the successor. */
@CommandHandler(MergeAdministrativeUnits)
export class MergeAdministrativeUnitsHandler implements ICommandHandler<MergeAdministrativeUnits, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: MergeAdministrativeUnits): Promise<WriteOutcome[]> {
    if (input.unitIds.length === 0) throw invalid('A merger needs at least one unit to merge');
    const successor = await findUnit(this.store, input.successorUnitId);
    const { successorUnitId, effectiveFrom, decision } = input;
    const commands = input.unitIds.map((unitId) => ({
      streamId: unitStream(unitId),
      command: { type: 'MergeAdministrativeUnitInto' as const, unitId, successor, successorUnitId, effectiveFrom, decision },
    }));
    return decideAcrossStreams(this.store, unitDecider, commands, context);
  }
}
