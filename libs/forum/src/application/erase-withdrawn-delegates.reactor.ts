import { Injectable } from '@nestjs/common';
import { causedBy, PersonalDataVault, Reactor, RecordedEvent } from '@cpp/eventsourcing';
import { DelegateConsentWithdrawn } from '../domain/delegate/events';

/** From the log, whatever became of the command that withdrew: every withdrawal ends in an erasure. */
@Injectable()
export class EraseWithdrawnDelegatesReactor implements Reactor {
  readonly name = 'forum.erase-withdrawn-delegates';
  readonly handles = ['DelegateConsentWithdrawn'];

  constructor(private readonly vault: PersonalDataVault) {}

  async react(recorded: RecordedEvent): Promise<void> {
    const { subjectId, withdrawnOn } = (recorded as unknown as DelegateConsentWithdrawn).data;
    await this.vault.erase(
      { subjectId, ground: 'consent-withdrawn', requestedBy: recorded.metadata.actor, erasedOn: withdrawnOn },
      causedBy(recorded, 'forum-erasure'),
    );
  }
}
