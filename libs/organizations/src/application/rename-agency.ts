import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { agencyDecider } from '../domain/agency/agency.decider';
import { RenameAgency } from '../domain/agency/commands';
import { agencyStream } from '../domain/streams';

export type RenameAgencyPayload = Omit<RenameAgency, 'type'>;

export class RenameAgencyCommand extends PlatformCommand<RenameAgencyPayload> {}

@CommandHandler(RenameAgencyCommand)
export class RenameAgencyHandler implements ICommandHandler<RenameAgencyCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: RenameAgencyCommand): Promise<WriteOutcome[]> {
    const stream = agencyStream(payload.agencyId);
    const outcome = await handleCommand(this.store, agencyDecider, stream, { type: 'RenameAgency', ...payload }, context);
    return [writeOutcome(stream, outcome)];
  }
}
