import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class ReopenRecommendation {
  constructor(
    readonly input: { inspectionId: string; recommendationId: string; reason: string; newDueDate: string; reopenedOn: string | null },
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/** The corrective action did not hold: the agency owes it again, by a new deadline. */
@CommandHandler(ReopenRecommendation)
export class ReopenRecommendationHandler implements ICommandHandler<ReopenRecommendation, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, by, context }: ReopenRecommendation): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'ReopenRecommendation', ...input, reopenedOn: dateOrToday(input.reopenedOn, this.clock), by }, context);
  }
}
