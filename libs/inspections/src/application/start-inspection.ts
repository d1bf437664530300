import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface StartInspectionPayload {
  inspectionId: string;
  startedOn: string | null;
}

export class StartInspectionCommand extends PlatformCommand<StartInspectionPayload> {}

@CommandHandler(StartInspectionCommand)
export class StartInspectionHandler implements ICommandHandler<StartInspectionCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, requester, context }: StartInspectionCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(
      this.store,
      { type: 'StartInspection', inspectionId: payload.inspectionId, startedOn: dateOrToday(payload.startedOn, this.clock), by: requester },
      context,
    );
  }
}
