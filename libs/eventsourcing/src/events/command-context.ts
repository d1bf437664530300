import { randomUUID } from 'node:crypto';

/** Who asks, for which agency, and from which request: copied into every event's metadata. */
export interface CommandContext {
  actor: string;
  agency: string | null;
  correlationId: string;
  causationId: string | null;
}

export function systemContext(actor: string, correlationId: string = randomUUID(), causationId: string | null = null): CommandContext {
  return { actor: `system:${actor}`, agency: null, correlationId, causationId };
}

/** A context for work caused by an earlier event: keeps the correlation, points at the cause. */
export function causedBy(event: { id: string; metadata: { correlationId: string } }, actor: string): CommandContext {
  return { actor: `system:${actor}`, agency: null, correlationId: event.metadata.correlationId, causationId: event.id };
}
