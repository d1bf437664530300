import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { agencyDecider } from '../domain/agency/agency.decider';
import { AgencyKind } from '../domain/events';
import { agencyStream } from '../domain/streams';
import { findAgency, findUnit } from './facts';
import { writeOutcome } from './write-outcome';

export interface RegisterAgencyInput {
  agencyId: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  unitId: string;
  parentAgencyId: string | null;
  functions: string[];
  effectiveFrom: string;
}

export class RegisterAgency {
  constructor(
    readonly input: RegisterAgencyInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RegisterAgency)
export class RegisterAgencyHandler implements ICommandHandler<RegisterAgency, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: RegisterAgency): Promise<WriteOutcome[]> {
    const unit = await findUnit(this.store, input.unitId);
    const parent = input.parentAgencyId === null ? null : await findAgency(this.store, input.parentAgencyId);
    const stream = agencyStream(input.agencyId);
    const outcome = await handleCommand(this.store, agencyDecider, stream, { type: 'RegisterAgency', ...input, unit, parent }, context);
    return [writeOutcome(stream, outcome)];
  }
}
