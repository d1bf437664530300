import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, loadState, localDateAt, PersonalDataVault, PlatformCommand, SealedValue, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { delegateDecider } from '../domain/delegate/delegate.decider';
import { DELEGATE_PERSONAL_FIELDS } from '../domain/delegate/personal-fields';
import { hasConsentToHoldPersonalData } from '../domain/delegate/state';
import { delegateStream } from '../domain/streams';
import { decideOnDelegate } from './delegate-writer';

export interface RecordDelegatePersonalDetailsPayload {
  delegateId: string;
  name: string | null;
  school: string | null;
}

/**
 * Seals the details under the delegate's own keys before anything is written; the plain
 * values never leave this handler. Without both consents nothing is sealed and the delegate
 * refuses.
 */
export class RecordDelegatePersonalDetailsCommand extends PlatformCommand<RecordDelegatePersonalDetailsPayload> {}

@CommandHandler(RecordDelegatePersonalDetailsCommand)
export class RecordDelegatePersonalDetailsHandler implements ICommandHandler<RecordDelegatePersonalDetailsCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: RecordDelegatePersonalDetailsCommand): Promise<WriteOutcome[]> {
    const today = localDateAt(this.clock.now());
    const { state } = await loadState(this.store, delegateDecider, delegateStream(payload.delegateId));
    let details: Record<string, SealedValue> = {};
    if (state.status === 'selected' && hasConsentToHoldPersonalData(state)) {
      await this.vault.registerSubject(state.subjectId, DELEGATE_PERSONAL_FIELDS, today);
      details = await this.vault.sealFields(state.subjectId, { name: payload.name?.trim(), school: payload.school?.trim() });
    }
    const { write } = await decideOnDelegate(
      this.store,
      { type: 'RecordDelegatePersonalDetails', delegateId: payload.delegateId, details, recordedOn: today, requester },
      context,
    );
    return [write];
  }
}
