import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class AppraiseConclusion {
  constructor(
    readonly input: { inspectionId: string; opinion: string; appraisedOn: string | null },
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/** Thẩm định, by someone outside the team. */
@CommandHandler(AppraiseConclusion)
export class AppraiseConclusionHandler implements ICommandHandler<AppraiseConclusion, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, by, context }: AppraiseConclusion): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'AppraiseConclusion', ...input, appraisedOn: dateOrToday(input.appraisedOn, this.clock), by }, context);
  }
}
