import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface DraftConclusionPayload {
  inspectionId: string;
  summary: string;
  draftedOn: string | null;
}

export class DraftConclusionCommand extends PlatformCommand<DraftConclusionPayload> {}

/** Dự thảo kết luận, by the team. */
@CommandHandler(DraftConclusionCommand)
export class DraftConclusionHandler implements ICommandHandler<DraftConclusionCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, requester, context }: DraftConclusionCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(
      this.store,
      { type: 'DraftConclusion', ...payload, draftedOn: dateOrToday(payload.draftedOn, this.clock), by: requester },
      context,
    );
  }
}
