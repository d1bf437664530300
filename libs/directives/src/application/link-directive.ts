import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { LinkDirectivePayload } from '../domain/directive/commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { directiveStream } from '../domain/streams';
import { findUpstream } from './facts';

export class LinkDirectiveCommand extends PlatformCommand<LinkDirectivePayload> {}

@CommandHandler(LinkDirectiveCommand)
export class LinkDirectiveHandler implements ICommandHandler<LinkDirectiveCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: LinkDirectiveCommand): Promise<WriteOutcome[]> {
    const directives = await findUpstream(this.store, [payload.targetDirectiveId]);
    const stream = directiveStream(payload.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'LinkDirective', ...payload, requester, directives }, context);
    return [writeOutcome(stream, outcome)];
  }
}
