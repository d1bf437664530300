import { DomainEvent } from '@cpp/eventsourcing';

/** A record a read touched, by kind and id (never its content: a child is never named here). */
export interface ReadRecord {
  kind: string;
  id: string;
}

/**
 * Someone read protected data (inspection findings on a named facility, sanctions with a
 * person's name, later children's data). Recorded before the answer leaves, append-only;
 * when and from which request are in the event's metadata and occurredAt.
 */
export type ProtectedDataRead = DomainEvent<
  'ProtectedDataRead',
  {
    subject: string;
    agencyId: string | null;
    /** The request it came from (X-Correlation-Id); reads are appended in batches, so it is kept per read. */
    correlationId: string;
    /** The GraphQL operation's field, e.g. inspection, inspectionFindings. */
    operation: string;
    /** What the data is, as the resolver declares it. */
    protectedData: string;
    records: ReadRecord[];
    /** Break-the-glass: a read outside the reader's grants, with the reason and the agencies whose data it was. */
    breakGlass: { reason: string; until: string; agencyIds: string[] } | null;
  }
>;

export const ACCESS_LOG_EVENT_TYPES = ['ProtectedDataRead'] as const;
/** One stream per local day: a batch of reads is one append. */
export const accessLogStream = (day: string) => `access-log-${day}`;
