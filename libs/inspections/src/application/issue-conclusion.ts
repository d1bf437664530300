import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class IssueConclusion {
  constructor(
    readonly input: { inspectionId: string; conclusionNumber: string; issuedOn: string | null },
    readonly context: CommandContext,
  ) {}
}

/** Ký ban hành kết luận: signed by the head of the inspecting agency, once appraised. */
@CommandHandler(IssueConclusion)
export class IssueConclusionHandler implements ICommandHandler<IssueConclusion, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, context }: IssueConclusion): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'IssueConclusion', ...input, issuedOn: dateOrToday(input.issuedOn, this.clock) }, context);
  }
}
