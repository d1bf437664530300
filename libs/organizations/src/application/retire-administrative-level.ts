import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { levelsDecider } from '../domain/levels/levels.decider';
import { LEVELS_STREAM } from '../domain/streams';
import { writeOutcome } from './write-outcome';

export class RetireAdministrativeLevel {
  constructor(
    readonly input: { levelCode: string; effectiveFrom: string; reason: string },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RetireAdministrativeLevel)
export class RetireAdministrativeLevelHandler implements ICommandHandler<RetireAdministrativeLevel, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: RetireAdministrativeLevel): Promise<WriteOutcome[]> {
    const outcome = await handleCommand(this.store, levelsDecider, LEVELS_STREAM, { type: 'RetireAdministrativeLevel', ...input }, context);
    return [writeOutcome(LEVELS_STREAM, outcome)];
  }
}
