import { DomainError } from '@cpp/eventsourcing';

/** Why a message went to the dead-letter topic; written as the `x-dlq-reason-code` header. */
export type RejectionCode =
  | 'unidentified-sender'
  | 'undecodable'
  | 'invalid'
  | 'unsupported-payload'
  | 'unauthorized-agency'
  | 'unknown-agency'
  | 'unknown-reference'
  | 'refused'
  | 'no-handler';

/**
 * A message that will never be applied, however often it is retried: it goes to the
 * dead-letter topic and the partition moves on. Every other error is taken as transient.
 */
export class MessageRejectedError extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageRejectedError';
  }

  /** The `x-dlq-reason` header: the code, then the detail. */
  get reason(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** For handlers: the message names a task, obligation, recommendation... the platform does not know. */
export class UnknownReferenceError extends MessageRejectedError {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super('unknown-reference', `Unknown ${kind} ${id}`);
    this.name = 'UnknownReferenceError';
  }
}

/**
 * The rejection a handler's error amounts to, or undefined when it is transient. A
 * DomainError is the decider refusing the command: retrying cannot change its mind.
 */
export function asRejection(error: unknown): MessageRejectedError | undefined {
  if (error instanceof MessageRejectedError) return error;
  if (error instanceof DomainError)
    return new MessageRejectedError(error.code === 'NOT_FOUND' ? 'unknown-reference' : 'refused', `${error.code}: ${error.message}`);
  return undefined;
}
