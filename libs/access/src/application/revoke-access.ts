import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, notFound, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { grantDecider, grantStream } from '../domain/grant/grant.decider';
import { AccessQueries } from '../projections/access.queries';
import { granterStanding } from './granter-standing';

export interface RevokeAccessPayload {
  grantId: string;
  revokedOn: string;
  reason: string;
}

export class RevokeAccessCommand extends PlatformCommand<RevokeAccessPayload> {}

@CommandHandler(RevokeAccessCommand)
export class RevokeAccessHandler implements ICommandHandler<RevokeAccessCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: AccessQueries,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context }: RevokeAccessCommand): Promise<WriteOutcome[]> {
    const grant = await this.queries.grant(payload.grantId);
    if (!grant) throw notFound(`No grant ${payload.grantId}`);
    const granter = await granterStanding(this.queries, context, grant, localDateAt(this.clock.now()));
    const stream = grantStream(payload.grantId);
    const outcome = await handleCommand(this.store, grantDecider, stream, { type: 'RevokeAccess', ...payload, granter }, context);
    return [writeOutcome(stream, outcome)];
  }
}
