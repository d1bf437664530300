import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { SupersedeDirectiveInput } from '../domain/directive/directive.commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { Requester } from '../domain/facts';
import { directiveStream } from '../domain/streams';
import { findDirective } from './facts';
import { writeOutcome } from './write-outcome';

export class SupersedeDirective {
  constructor(
    readonly input: SupersedeDirectiveInput,
    readonly context: CommandContext,
    readonly requester: Requester | null,
  ) {}
}

@CommandHandler(SupersedeDirective)
export class SupersedeDirectiveHandler implements ICommandHandler<SupersedeDirective, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context, requester }: SupersedeDirective): Promise<WriteOutcome[]> {
    const successor = await findDirective(this.store, input.supersededByDirectiveId);
    const stream = directiveStream(input.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'SupersedeDirective', ...input, requester, successor }, context);
    return writeOutcome(stream, outcome);
  }
}
