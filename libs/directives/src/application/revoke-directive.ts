import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RevokeDirectivePayload } from '../domain/directive/commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { directiveStream } from '../domain/streams';

export class RevokeDirectiveCommand extends PlatformCommand<RevokeDirectivePayload> {}

@CommandHandler(RevokeDirectiveCommand)
export class RevokeDirectiveHandler implements ICommandHandler<RevokeDirectiveCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: RevokeDirectiveCommand): Promise<WriteOutcome[]> {
    const stream = directiveStream(payload.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'RevokeDirective', ...payload, requester }, context);
    return [writeOutcome(stream, outcome)];
  }
}
