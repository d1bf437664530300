import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class DraftConclusion {
  constructor(
    readonly input: { inspectionId: string; summary: string; draftedOn: string | null },
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/** Dự thảo kết luận, by the team. */
@CommandHandler(DraftConclusion)
export class DraftConclusionHandler implements ICommandHandler<DraftConclusion, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, by, context }: DraftConclusion): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'DraftConclusion', ...input, draftedOn: dateOrToday(input.draftedOn, this.clock), by }, context);
  }
}
