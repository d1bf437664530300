import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AmendDirectiveInput } from '../domain/directive/directive.commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { Requester } from '../domain/facts';
import { directiveStream } from '../domain/streams';
import { agenciesNamedBy, findAgencies } from './facts';
import { writeOutcome } from './write-outcome';

export class AmendDirective {
  constructor(
    readonly input: AmendDirectiveInput,
    readonly context: CommandContext,
    readonly requester: Requester | null,
  ) {}
}

@CommandHandler(AmendDirective)
export class AmendDirectiveHandler implements ICommandHandler<AmendDirective, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context, requester }: AmendDirective): Promise<WriteOutcome[]> {
    const agencies = await findAgencies(this.store, agenciesNamedBy([...input.addedTasks, ...input.changedTasks], input.addedReportingRegimes));
    const stream = directiveStream(input.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'AmendDirective', ...input, requester, agencies }, context);
    return writeOutcome(stream, outcome);
  }
}
