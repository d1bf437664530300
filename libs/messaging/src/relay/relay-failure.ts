import { RecordedEvent } from '@cpp/eventsourcing';

/** An event the relay cannot translate: it stops there, rather than skip it, until someone acts. */
export class RelayFailure extends Error {
  constructor(
    readonly relay: string,
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(`Relay ${relay} cannot map ${event.type} ${event.id} (position ${event.globalPosition}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RelayFailure';
  }
}
