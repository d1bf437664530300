import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RevokeDirectiveInput } from '../domain/directive/directive.commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { Requester } from '../domain/facts';
import { directiveStream } from '../domain/streams';
import { writeOutcome } from './write-outcome';

export class RevokeDirective {
  constructor(
    readonly input: RevokeDirectiveInput,
    readonly context: CommandContext,
    readonly requester: Requester | null,
  ) {}
}

@CommandHandler(RevokeDirective)
export class RevokeDirectiveHandler implements ICommandHandler<RevokeDirective, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context, requester }: RevokeDirective): Promise<WriteOutcome[]> {
    const stream = directiveStream(input.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'RevokeDirective', ...input, requester }, context);
    return writeOutcome(stream, outcome);
  }
}
