import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '@cpp/organizations';
import { PlanInspection } from '../domain/inspection/commands';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';
import { findUnitFact } from './unit-fact';

export type PlanInspectionPayload = Omit<PlanInspection, 'type' | 'plannedOn' | 'agencies' | 'units'> & { plannedOn: string | null };

/** Who plans is not judged by the inspection (the roles at the door decide): only the chart is. */
export class PlanInspectionCommand extends PlatformCommand<PlanInspectionPayload> {}

@CommandHandler(PlanInspectionCommand)
export class PlanInspectionHandler implements ICommandHandler<PlanInspectionCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: PlanInspectionCommand): Promise<WriteOutcome[]> {
    const agencies = await findEach([payload.leadAgencyId, ...payload.memberAgencyIds, ...payload.targets.map((t) => t.agencyId)], (id) =>
      findAgencyFact(this.store, id),
    );
    const units = await findEach(
      payload.targets.map((t) => t.unitId),
      (id) => findUnitFact(this.store, id),
    );
    return decideOnInspection(
      this.store,
      { type: 'PlanInspection', ...payload, plannedOn: dateOrToday(payload.plannedOn, this.clock), agencies, units },
      context,
    );
  }
}

/** Looks up every id once; unknown ids map to null for the decision to refuse. */
async function findEach<Fact>(ids: (string | null)[], find: (id: string) => Promise<Fact | null>): Promise<Record<string, Fact | null>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  return Object.fromEntries(await Promise.all(unique.map(async (id) => [id, await find(id)] as const)));
}
