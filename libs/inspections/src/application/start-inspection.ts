import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class StartInspection {
  constructor(
    readonly input: { inspectionId: string; startedOn: string | null },
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(StartInspection)
export class StartInspectionHandler implements ICommandHandler<StartInspection, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, by, context }: StartInspection): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'StartInspection', inspectionId: input.inspectionId, startedOn: dateOrToday(input.startedOn, this.clock), by }, context);
  }
}
