import { CommandBus } from '@nestjs/cqrs';
import { EventStore, LruStateCache } from '@cpp/eventsourcing';
import { InboundHandlers } from '@cpp/messaging';
import { correctiveActionReported } from './corrective-action-reported';
import { progressReported } from './progress-reported';
import { RecommendationLookup } from './recommendation-lookup';
import { reportSubmitted } from './report-submitted';
import { taskAcknowledged } from './task-acknowledged';
import { treasuryPaymentConfirmed } from './treasury-payment-confirmed';

/**
 * Each inbound contract becomes the command an agency's officer would send, in the context
 * ingest gives it: actor `agency-system:<sender>`, for the envelope's agency, which is then
 * all the authority the command has. A refusal (DomainError) dead-letters the message.
 *
 * Applied once twice over: ingest skips a message it recorded as processed, and the commands
 * write events whose ids derive from the message id (`context.eventId`), so a message
 * redelivered after a crash between the append and that record writes nothing.
 */
export function inboundHandlers(commands: CommandBus, store: EventStore, recommendations: RecommendationLookup): InboundHandlers {
  // The streams ingest wrote last stay folded: the next message for a task need not read it.
  const cache = new LruStateCache();
  return new InboundHandlers()
    .register('progressReported', progressReported(commands, cache))
    .register('reportSubmitted', reportSubmitted(commands, store, cache))
    .register('correctiveActionReported', correctiveActionReported(commands, recommendations))
    .register('taskAcknowledged', taskAcknowledged(commands, cache))
    .register('treasuryPaymentConfirmed', treasuryPaymentConfirmed(commands));
}
