import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface IssueConclusionPayload {
  inspectionId: string;
  conclusionNumber: string;
  issuedOn: string | null;
}

export class IssueConclusionCommand extends PlatformCommand<IssueConclusionPayload> {}

/** Ký ban hành kết luận: signed by the head of the inspecting agency, once appraised. */
@CommandHandler(IssueConclusionCommand)
export class IssueConclusionHandler implements ICommandHandler<IssueConclusionCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, context }: IssueConclusionCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'IssueConclusion', ...payload, issuedOn: dateOrToday(payload.issuedOn, this.clock) }, context);
  }
}
