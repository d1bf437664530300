import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { PublishDisclosure } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type PublishDisclosurePayload = Omit<PublishDisclosure, 'type' | 'requester'>;

/** A budget figure made public. */
export class PublishDisclosureCommand extends PlatformCommand<PublishDisclosurePayload> {}

@CommandHandler(PublishDisclosureCommand)
export class PublishDisclosureHandler implements ICommandHandler<PublishDisclosureCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: PublishDisclosureCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'PublishDisclosure', ...payload, requester }, context, options);
  }
}
