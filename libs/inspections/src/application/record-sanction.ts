import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { SanctionRecorded } from '../domain/events';
import { decideOnInspection } from './decide-on-inspection';

export type RecordSanctionInput = SanctionRecorded['data'];

export class RecordSanction {
  constructor(
    readonly input: RecordSanctionInput,
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RecordSanction)
export class RecordSanctionHandler implements ICommandHandler<RecordSanction, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input, by, context }: RecordSanction): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'RecordSanction', ...input, by }, context);
  }
}
