import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface AppraiseConclusionPayload {
  inspectionId: string;
  opinion: string;
  appraisedOn: string | null;
}

export class AppraiseConclusionCommand extends PlatformCommand<AppraiseConclusionPayload> {}

/** Thẩm định, by someone outside the team. */
@CommandHandler(AppraiseConclusionCommand)
export class AppraiseConclusionHandler implements ICommandHandler<AppraiseConclusionCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, requester, context }: AppraiseConclusionCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(
      this.store,
      { type: 'AppraiseConclusion', ...payload, appraisedOn: dateOrToday(payload.appraisedOn, this.clock), by: requester },
      context,
    );
  }
}
