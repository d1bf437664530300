import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, loadState, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RequestAdHocReportInput } from '../domain/directive/directive.commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { defaultReporters } from '../domain/directive/request-ad-hoc-report';
import { Requester } from '../domain/facts';
import { directiveStream } from '../domain/streams';
import { findAgencies } from './facts';
import { writeOutcome } from './write-outcome';

export class RequestAdHocReport {
  constructor(
    readonly input: RequestAdHocReportInput,
    readonly context: CommandContext,
    readonly requester: Requester | null,
  ) {}
}

/** The request is dated today in Vietnam. */
@CommandHandler(RequestAdHocReport)
export class RequestAdHocReportHandler implements ICommandHandler<RequestAdHocReport, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context, requester }: RequestAdHocReport): Promise<WriteOutcome[]> {
    const stream = directiveStream(input.directiveId);
    const { state } = await loadState(this.store, directiveDecider, stream);
    const named = input.reportingAgencyIds.length > 0 || state.status === 'none' ? input.reportingAgencyIds : defaultReporters(state, input.regimeId);
    const agencies = await findAgencies(this.store, named);
    const requestedOn = localDateAt(this.clock.now());
    const outcome = await handleCommand(this.store, directiveDecider, stream, { type: 'RequestAdHocReport', ...input, requester, agencies, requestedOn }, context);
    return writeOutcome(stream, outcome);
  }
}
