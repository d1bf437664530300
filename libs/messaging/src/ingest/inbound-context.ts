import { CommandContext, deterministicEventId } from '@cpp/eventsourcing';

/** What a handler knows about the message besides its payload. */
export interface InboundContext {
  messageId: string;
  /** The sending system (the `x-sender` header). */
  sender: string;
  /** The agency the sender acts for; authorized before the handler runs. */
  agencyId: string;
  /** ISO instant the fact happened at the agency. */
  occurredAt: string;
  schemaVersion: number;
  /** Metadata for the events the command writes: the sending system as actor, for the agency. */
  command: CommandContext;
  /**
   * A stable id for the n-th event this message causes. Ingest applies a message once, but a
   * crash between the handler's append and ingest's record of it repeats the handler: with
   * these ids the store's idempotent append writes the repeat as nothing.
   */
  eventId(index?: number): string;
}

export function inboundContext(fields: Omit<InboundContext, 'command' | 'eventId'> & { correlationId: string }): InboundContext {
  const { correlationId, ...rest } = fields;
  return {
    ...rest,
    command: {
      actor: `agency-system:${fields.sender}`,
      agency: fields.agencyId,
      correlationId: correlationId || fields.messageId,
      causationId: `message:${fields.messageId}`,
    },
    eventId: (index = 0) => deterministicEventId('ingest', fields.sender, fields.messageId, String(index)),
  };
}
