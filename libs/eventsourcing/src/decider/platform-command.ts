import { CommandContext } from '../events/command-context';
import { Requester, requesterOf } from '../rules/requester';
import { HandleCommandOptions } from './handle-command';

/**
 * Ids derived from what caused the command (a Kafka message, an event a reactor reacts to): a
 * redelivery writes nothing. A busy writer may lend its StateCache.
 */
export type CommandOptions = Pick<HandleCommandOptions, 'eventId' | 'cache'>;

/**
 * The one shape of every command sent on the bus: what is asked (the payload), the request it
 * came from (recorded in every event's metadata), who asks as the rules see them, and options.
 * An agency system over Kafka has no person behind it: its requester is its agency alone.
 */
export abstract class PlatformCommand<Payload> {
  constructor(
    readonly payload: Payload,
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
    readonly options: CommandOptions = {},
  ) {}
}
