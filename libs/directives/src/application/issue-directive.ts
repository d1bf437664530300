import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { findAgencyFacts } from '@cpp/organizations';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { IssueDirectivePayload } from '../domain/directive/commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { directiveStream } from '../domain/streams';
import { agenciesNamedBy, findUpstream } from './facts';

export class IssueDirectiveCommand extends PlatformCommand<IssueDirectivePayload> {}

@CommandHandler(IssueDirectiveCommand)
export class IssueDirectiveHandler implements ICommandHandler<IssueDirectiveCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: IssueDirectiveCommand): Promise<WriteOutcome[]> {
    const agencies = await findAgencyFacts(this.store, [
      payload.issuingAgencyId,
      ...payload.recipientAgencyIds,
      ...agenciesNamedBy(payload.tasks, payload.reportingRegimes),
    ]);
    const directives = await findUpstream(this.store, [...payload.implementsDirectiveIds, ...payload.basedOnDirectiveIds]);
    const stream = directiveStream(payload.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'IssueDirective', ...payload, requester, agencies, directives }, context);
    return [writeOutcome(stream, outcome)];
  }
}
