import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, dataSubjectStream, EventStore, localDateAt, PersonalDataVault, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { decideOnDelegate } from './delegate-writer';

export interface WithdrawDelegateConsentPayload {
  delegateId: string;
  withdrawnBy: string;
  withdrawnOn: string | null;
}

/**
 * Withdrawal erases (Law 91/2025): the delegate's keys are destroyed as part of the command,
 * and the erasure reactor does it again from the log should this process stop in between.
 */
export class WithdrawDelegateConsentCommand extends PlatformCommand<WithdrawDelegateConsentPayload> {}

@CommandHandler(WithdrawDelegateConsentCommand)
export class WithdrawDelegateConsentHandler implements ICommandHandler<WithdrawDelegateConsentCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: WithdrawDelegateConsentCommand): Promise<WriteOutcome[]> {
    const withdrawnOn = payload.withdrawnOn ?? localDateAt(this.clock.now());
    const { outcome, write } = await decideOnDelegate(this.store, { type: 'WithdrawDelegateConsent', ...payload, withdrawnOn, requester }, context);
    const withdrawn = outcome.events.find((event) => event.type === 'DelegateConsentWithdrawn');
    if (!withdrawn) return [write];
    const erasure = await this.vault.erase(
      { subjectId: withdrawn.data.subjectId, ground: 'consent-withdrawn', requestedBy: context.actor, erasedOn: withdrawnOn },
      context,
    );
    // The erasure reactor may have recorded it first: the receipt waits for it all the same.
    const { result } = erasure;
    return [write, { streamId: dataSubjectStream(withdrawn.data.subjectId), revision: result.nextExpectedRevision, checkpoint: result.checkpoint }];
  }
}
