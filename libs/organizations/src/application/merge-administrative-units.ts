import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideAcrossStreams, EventStore, invalid, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { unitStream } from '../domain/streams';
import { unitDecider } from '../domain/unit/unit.decider';
import { findUnit } from './facts';

export interface MergeAdministrativeUnitsPayload {
  unitIds: string[];
  successorUnitId: string;
  effectiveFrom: string;
  decision: string | null;
}

export class MergeAdministrativeUnitsCommand extends PlatformCommand<MergeAdministrativeUnitsPayload> {}

/** E.g. the 2025 merger of provinces: each predecessor records that it merged into the successor. */
@CommandHandler(MergeAdministrativeUnitsCommand)
export class MergeAdministrativeUnitsHandler implements ICommandHandler<MergeAdministrativeUnitsCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: MergeAdministrativeUnitsCommand): Promise<WriteOutcome[]> {
    // No stream to decide on when no unit is named, so this one refusal cannot live in decide.
    if (payload.unitIds.length === 0) throw invalid('A merger needs at least one unit to merge');
    const successor = await findUnit(this.store, payload.successorUnitId);
    const { successorUnitId, effectiveFrom, decision } = payload;
    const commands = payload.unitIds.map((unitId) => ({
      streamId: unitStream(unitId),
      command: { type: 'MergeAdministrativeUnitInto' as const, unitId, successor, successorUnitId, effectiveFrom, decision },
    }));
    return decideAcrossStreams(this.store, unitDecider, commands, context);
  }
}
