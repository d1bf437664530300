import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { IssueDirectiveInput } from '../domain/directive/directive.commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { Requester } from '../domain/facts';
import { directiveStream } from '../domain/streams';
import { agenciesNamedBy, findAgencies, findUpstream } from './facts';
import { writeOutcome } from './write-outcome';

export class IssueDirective {
  constructor(
    readonly input: IssueDirectiveInput,
    readonly context: CommandContext,
    readonly requester: Requester | null,
  ) {}
}

@CommandHandler(IssueDirective)
export class IssueDirectiveHandler implements ICommandHandler<IssueDirective, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context, requester }: IssueDirective): Promise<WriteOutcome[]> {
    const agencies = await findAgencies(this.store, [input.issuingAgencyId, ...input.recipientAgencyIds, ...agenciesNamedBy(input.tasks, input.reportingRegimes)]);
    const directives = await findUpstream(this.store, [...input.implementsDirectiveIds, ...input.basedOnDirectiveIds]);
    const stream = directiveStream(input.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'IssueDirective', ...input, requester, agencies, directives }, context);
    return writeOutcome(stream, outcome);
  }
}
