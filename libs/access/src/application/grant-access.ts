import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { grantDecider, grantStream } from '../domain/grant/grant.decider';
import { GrantRole } from '../domain/roles';
import { AccessQueries } from '../projections/access.queries';
import { granterStanding } from './granter-standing';

export interface GrantAccessPayload {
  grantId: string;
  subject: string;
  role: GrantRole;
  agencyId: string | null;
  jurisdictionUnitId: string | null;
  validFrom: string;
  validTo: string | null;
}

export class GrantAccessCommand extends PlatformCommand<GrantAccessPayload> {}

@CommandHandler(GrantAccessCommand)
export class GrantAccessHandler implements ICommandHandler<GrantAccessCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: AccessQueries,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: GrantAccessCommand): Promise<WriteOutcome[]> {
    const granter = await granterStanding(this.queries, context, payload, localDateAt(this.clock.now()));
    const stream = grantStream(payload.grantId);
    const outcome = await handleCommand(this.store, grantDecider, stream, { type: 'GrantAccess', ...payload, granter }, context);
    return [writeOutcome(stream, outcome)];
  }
}
