import { CommandContext } from '../../events/command-context';
import { EventMetadata } from '../../events/recorded-event';

/** What the store keeps beside each event's data, as the event's custom metadata JSON. */
export interface StoredMetadata {
  occurredAt: string;
  actor: string;
  agency: string | null;
  schemaVersion: number;
  /** Under the server's own names, so its $by_correlation_id projection and UI follow our causal chains. */
  $correlationId: string;
  $causationId: string | null;
}

export function toStoredMetadata(context: CommandContext, occurredAt: string, schemaVersion: number): StoredMetadata {
  return {
    occurredAt,
    actor: context.actor,
    agency: context.agency,
    schemaVersion,
    $correlationId: context.correlationId,
    $causationId: context.causationId,
  };
}

/**
 * Reads metadata back. The log may also hold events another tool wrote with other or no
 * metadata: they get neutral values instead of breaking every reader of the log.
 */
export function fromStoredMetadata(raw: unknown, recordedAt: string): { metadata: EventMetadata; schemaVersion: number } {
  const stored: Record<string, unknown> =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !(raw instanceof Uint8Array) ? (raw as Record<string, unknown>) : {};
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const schemaVersion = stored.schemaVersion;
  return {
    metadata: {
      occurredAt: text(stored.occurredAt) ?? recordedAt,
      recordedAt,
      actor: text(stored.actor) ?? 'unknown',
      agency: text(stored.agency),
      correlationId: text(stored.$correlationId) ?? '',
      causationId: text(stored.$causationId),
    },
    schemaVersion: typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion >= 1 ? schemaVersion : 1,
  };
}
