import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, decideAcrossStreams, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AgencyCommand, agencyDecider } from '../domain/agency/agency.decider';
import { agencyStream } from '../domain/streams';

export class TransferAgencyFunction {
  constructor(
    readonly input: { fromAgencyId: string; toAgencyId: string; function: string; effectiveFrom: string; decision: string | null },
    readonly context: CommandContext,
  ) {}
}

/** A split of functions, e.g. child affairs leaving the labour ministry in 2025. */
@CommandHandler(TransferAgencyFunction)
export class TransferAgencyFunctionHandler implements ICommandHandler<TransferAgencyFunction, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: TransferAgencyFunction): Promise<WriteOutcome[]> {
    const { fromAgencyId, toAgencyId, effectiveFrom, decision } = input;
    const commands: { streamId: string; command: AgencyCommand }[] = [
      { streamId: agencyStream(fromAgencyId), command: { type: 'TransferFunction', agencyId: fromAgencyId, function: input.function, toAgencyId, effectiveFrom, decision } },
      { streamId: agencyStream(toAgencyId), command: { type: 'ReceiveFunction', agencyId: toAgencyId, function: input.function, fromAgencyId, effectiveFrom, decision } },
    ];
    return decideAcrossStreams(this.store, agencyDecider, commands, context);
  }
}
