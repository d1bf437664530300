/**
 * A reaction this context's process manager could not apply: a rule refused the command it
 * sent in answer to another context's fact. Recorded so that someone can see and repair it;
 * ids, types and the rule's message only, never anyone's personal data.
 */
import { DomainErrorCode, DomainEvent } from '@cpp/eventsourcing';

export type ReactionRefused = DomainEvent<
  'ReactionRefused',
  {
    causeEventId: string;
    causeEventType: string;
    causeStreamId: string;
    /** The command that was refused, e.g. `RecordAmendment`; null when none was sent. */
    command: string | null;
    code: DomainErrorCode;
    message: string;
    refusedAt: string;
  }
>;

export type RefusalEvent = ReactionRefused;

export const REFUSAL_EVENT_TYPES = ['ReactionRefused'] as const satisfies readonly RefusalEvent['type'][];
