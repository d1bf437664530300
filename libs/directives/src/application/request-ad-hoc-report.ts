import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, loadState, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { findAgencyFacts } from '@cpp/organizations';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RequestAdHocReportPayload } from '../domain/directive/commands';
import { directiveDecider } from '../domain/directive/directive.decider';
import { defaultReporters } from '../domain/directive/request-ad-hoc-report.decide';
import { directiveStream } from '../domain/streams';

export class RequestAdHocReportCommand extends PlatformCommand<RequestAdHocReportPayload> {}

/** The request is dated today in Vietnam. */
@CommandHandler(RequestAdHocReportCommand)
export class RequestAdHocReportHandler implements ICommandHandler<RequestAdHocReportCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: RequestAdHocReportCommand): Promise<WriteOutcome[]> {
    const stream = directiveStream(payload.directiveId);
    const { state } = await loadState(this.store, directiveDecider, stream);
    const named = payload.reportingAgencyIds.length > 0 || state.status === 'none' ? payload.reportingAgencyIds : defaultReporters(state, payload.regimeId);
    const agencies = await findAgencyFacts(this.store, named);
    const requestedOn = localDateAt(this.clock.now());
    const outcome = await handleCommand(
      this.store,
      directiveDecider,
      stream,
      { type: 'RequestAdHocReport', ...payload, requester, agencies, requestedOn },
      context,
    );
    return [writeOutcome(stream, outcome)];
  }
}
