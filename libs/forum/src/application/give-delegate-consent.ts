import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, localDateAt, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { decideOnDelegate } from './delegate-writer';

export interface GiveDelegateConsentPayload {
  delegateId: string;
  givenBy: string;
  consentReference: string;
  givenOn: string | null;
}

export class GiveDelegateConsentCommand extends PlatformCommand<GiveDelegateConsentPayload> {}

@CommandHandler(GiveDelegateConsentCommand)
export class GiveDelegateConsentHandler implements ICommandHandler<GiveDelegateConsentCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: GiveDelegateConsentCommand): Promise<WriteOutcome[]> {
    const { write } = await decideOnDelegate(
      this.store,
      { type: 'GiveDelegateConsent', ...payload, givenOn: payload.givenOn ?? localDateAt(this.clock.now()), requester },
      context,
    );
    return [write];
  }
}
