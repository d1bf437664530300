import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { levelsDecider } from '../domain/levels/levels.decider';
import { LEVELS_STREAM } from '../domain/streams';
import { writeOutcome } from './write-outcome';

export class DefineAdministrativeLevel {
  constructor(
    readonly input: { levelCode: string; name: string; rank: number },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(DefineAdministrativeLevel)
export class DefineAdministrativeLevelHandler implements ICommandHandler<DefineAdministrativeLevel, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: DefineAdministrativeLevel): Promise<WriteOutcome[]> {
    const outcome = await handleCommand(this.store, levelsDecider, LEVELS_STREAM, { type: 'DefineAdministrativeLevel', ...input }, context);
    return [writeOutcome(LEVELS_STREAM, outcome)];
  }
}
