import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { SupersedeDirectivePayload } from '../domain/directive/commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { directiveStream } from '../domain/streams';
import { findDirective } from './facts';

export class SupersedeDirectiveCommand extends PlatformCommand<SupersedeDirectivePayload> {}

@CommandHandler(SupersedeDirectiveCommand)
export class SupersedeDirectiveHandler implements ICommandHandler<SupersedeDirectiveCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: SupersedeDirectiveCommand): Promise<WriteOutcome[]> {
    const successor = await findDirective(this.store, payload.supersededByDirectiveId);
    const stream = directiveStream(payload.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'SupersedeDirective', ...payload, requester, successor }, context);
    return [writeOutcome(stream, outcome)];
  }
}
