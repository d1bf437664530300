import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { findAgencyFacts } from '@cpp/organizations';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AmendDirectivePayload } from '../domain/directive/commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { directiveStream } from '../domain/streams';
import { agenciesNamedBy } from './facts';

export class AmendDirectiveCommand extends PlatformCommand<AmendDirectivePayload> {}

@CommandHandler(AmendDirectiveCommand)
export class AmendDirectiveHandler implements ICommandHandler<AmendDirectiveCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: AmendDirectiveCommand): Promise<WriteOutcome[]> {
    const agencies = await findAgencyFacts(this.store, agenciesNamedBy([...payload.addedTasks, ...payload.changedTasks], payload.addedReportingRegimes));
    const stream = directiveStream(payload.directiveId);
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'AmendDirective', ...payload, requester, agencies }, context);
    return [writeOutcome(stream, outcome)];
  }
}
