import { Inject, Injectable } from '@nestjs/common';
import { causedBy, deterministicEventId, DomainError, EventStore, handleCommand, Reactor, RecordedEvent } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findBudgetLineFact, FUNDING_PUBLISHED_EVENT_TYPES, FundingPublishedEvent } from '@cpp/funding';
import { obligationDecider } from '../../domain/obligation/obligation.decider';
import { fundingDeadlines } from '../../domain/policies/funding-deadlines.policy';
import { obligationStream } from '../../domain/streams';
import { RefusalRecorder } from './refusal-recorder';

/**
 * Fetches the budget line's fact and sends the obligation commands the funding-deadlines policy
 * returns. The events they write take ids derived from the funding event, so a redelivered
 * event writes nothing twice.
 */
@Injectable()
export class FundingDeadlinesReactor implements Reactor {
  readonly name = 'assignments.funding-deadlines';
  readonly handles = FUNDING_PUBLISHED_EVENT_TYPES;
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly refusals: RefusalRecorder,
  ) {}

  async react(recorded: RecordedEvent): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as FundingPublishedEvent;
    const line = await findBudgetLineFact(this.store, event.data.lineId);
    if (!line) return;
    const context = causedBy(recorded, 'assignments-funding-deadlines');
    for (const command of fundingDeadlines(event, line)) {
      const obligationId = command.type === 'OpenObligation' ? command.spec.obligationId : command.obligationId;
      try {
        await handleCommand(this.store, obligationDecider, obligationStream(obligationId), command, context, {
          eventId: (index) => deterministicEventId(recorded.id, obligationId, String(index)),
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await this.refusals.record(recorded, command.type, error, context);
      }
    }
  }
}
