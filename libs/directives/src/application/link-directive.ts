import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { LinkDirectiveInput } from '../domain/directive/directive.commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { Requester } from '../domain/facts';
import { directiveStream } from '../domain/streams';
import { findUpstream } from './facts';
import { writeOutcome } from './write-outcome';

export class LinkDirective {
  constructor(
    readonly input: LinkDirectiveInput,
    readonly context: CommandContext,
    readonly requester: Requester | null,
  ) {}
}

@CommandHandler(LinkDirective)
export class LinkDirectiveHandler implements ICommandHandler<LinkDirective, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context, requester }: LinkDirective): Promise<WriteOutcome[]> {
    const directives = await findUpstream(this.store, [input.targetDirectiveId]);
    const stream = directiveStream(input.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'LinkDirective', ...input, requester, directives }, context);
    return writeOutcome(stream, outcome);
  }
}
