import { InboundCase, PayloadOf } from '../contracts/contracts';
import { InboundContext } from './inbound-context';

/**
 * Turns one decoded, validated, authorized payload into a command. Resolve when the command
 * is applied; throw UnknownReferenceError or a DomainError to reject the message (dead
 * letter); any other error is transient and the message is retried.
 */
export type InboundHandler<C extends InboundCase> = (payload: PayloadOf<C>['value'], context: InboundContext) => Promise<void>;

/** The handlers by payload, registered by the contexts that own the commands. */
export class InboundHandlers {
  private readonly handlers = new Map<InboundCase, InboundHandler<InboundCase>>();

  register<C extends InboundCase>(kind: C, handler: InboundHandler<C>): this {
    if (this.handlers.has(kind)) throw new Error(`An inbound handler for ${kind} is already registered`);
    this.handlers.set(kind, handler as unknown as InboundHandler<InboundCase>);
    return this;
  }

  get<C extends InboundCase>(kind: C): InboundHandler<C> | undefined {
    return this.handlers.get(kind) as InboundHandler<C> | undefined;
  }
}
