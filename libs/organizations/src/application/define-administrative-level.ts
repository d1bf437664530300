import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { DefineAdministrativeLevel } from '../domain/levels/commands';
import { levelsDecider } from '../domain/levels/levels.decider';
import { LEVELS_STREAM } from '../domain/streams';

export type DefineAdministrativeLevelPayload = Omit<DefineAdministrativeLevel, 'type'>;

export class DefineAdministrativeLevelCommand extends PlatformCommand<DefineAdministrativeLevelPayload> {}

@CommandHandler(DefineAdministrativeLevelCommand)
export class DefineAdministrativeLevelHandler implements ICommandHandler<DefineAdministrativeLevelCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: DefineAdministrativeLevelCommand): Promise<WriteOutcome[]> {
    const outcome = await handleCommand(this.store, levelsDecider, LEVELS_STREAM, { type: 'DefineAdministrativeLevel', ...payload }, context);
    return [writeOutcome(LEVELS_STREAM, outcome)];
  }
}
