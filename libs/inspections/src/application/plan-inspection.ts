import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { DocumentReference, TeamMember } from '../domain/events';
import { TargetRequest } from '../domain/inspection/inspection.commands';
import { InspectionKind, InspectionTheme } from '../domain/vocabulary';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';
import { findAgency, findAll, findUnit } from './organisation-facts';

export interface PlanInspectionInput {
  inspectionId: string;
  kind: InspectionKind;
  title: string;
  theme: InspectionTheme;
  leadAgencyId: string;
  memberAgencyIds: string[];
  members: TeamMember[];
  targets: TargetRequest[];
  periodFrom: string;
  periodTo: string;
  plan: DocumentReference;
  outline: DocumentReference;
  plannedOn: string | null;
}

export class PlanInspection {
  constructor(
    readonly input: PlanInspectionInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(PlanInspection)
export class PlanInspectionHandler implements ICommandHandler<PlanInspection, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context }: PlanInspection): Promise<WriteOutcome[]> {
    const agencies = await findAll([input.leadAgencyId, ...input.memberAgencyIds, ...input.targets.map((t) => t.agencyId)], (id) => findAgency(this.store, id));
    const units = await findAll(input.targets.map((t) => t.unitId), (id) => findUnit(this.store, id));
    return decideOnInspection(this.store, { type: 'PlanInspection', ...input, plannedOn: dateOrToday(input.plannedOn, this.clock), agencies, units }, context);
  }
}
