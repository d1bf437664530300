import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class CloseRecommendation {
  constructor(
    readonly input: { inspectionId: string; recommendationId: string; verification: string; closedOn: string | null },
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/** The team found the corrective action effective. */
@CommandHandler(CloseRecommendation)
export class CloseRecommendationHandler implements ICommandHandler<CloseRecommendation, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, by, context }: CloseRecommendation): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'CloseRecommendation', ...input, closedOn: dateOrToday(input.closedOn, this.clock), by }, context);
  }
}
