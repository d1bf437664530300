import { DomainError } from '@cpp/eventsourcing';

/** A rule refused a command a reaction sent; carries which command, for the record of the refusal. */
export class CommandRefused extends Error {
  constructor(
    readonly command: string,
    readonly refusal: DomainError,
  ) {
    super(refusal.message);
    this.name = 'CommandRefused';
  }
}
