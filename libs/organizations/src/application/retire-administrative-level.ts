import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RetireAdministrativeLevel } from '../domain/levels/commands';
import { levelsDecider } from '../domain/levels/levels.decider';
import { LEVELS_STREAM } from '../domain/streams';

export type RetireAdministrativeLevelPayload = Omit<RetireAdministrativeLevel, 'type'>;

export class RetireAdministrativeLevelCommand extends PlatformCommand<RetireAdministrativeLevelPayload> {}

@CommandHandler(RetireAdministrativeLevelCommand)
export class RetireAdministrativeLevelHandler implements ICommandHandler<RetireAdministrativeLevelCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: RetireAdministrativeLevelCommand): Promise<WriteOutcome[]> {
    const outcome = await handleCommand(this.store, levelsDecider, LEVELS_STREAM, { type: 'RetireAdministrativeLevel', ...payload }, context);
    return [writeOutcome(LEVELS_STREAM, outcome)];
  }
}
