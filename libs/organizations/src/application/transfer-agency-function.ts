import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideAcrossStreams, EventStore, PlatformCommand, StreamCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { agencyDecider } from '../domain/agency/agency.decider';
import { AgencyCommand } from '../domain/agency/commands';
import { agencyStream } from '../domain/streams';

export interface TransferAgencyFunctionPayload {
  fromAgencyId: string;
  toAgencyId: string;
  function: string;
  effectiveFrom: string;
  decision: string | null;
}

export class TransferAgencyFunctionCommand extends PlatformCommand<TransferAgencyFunctionPayload> {}

/** A split of functions, e.g. child affairs leaving the labour ministry in 2025. */
@CommandHandler(TransferAgencyFunctionCommand)
export class TransferAgencyFunctionHandler implements ICommandHandler<TransferAgencyFunctionCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: TransferAgencyFunctionCommand): Promise<WriteOutcome[]> {
    const { fromAgencyId, toAgencyId, effectiveFrom, decision } = payload;
    const commands: StreamCommand<AgencyCommand>[] = [
      {
        streamId: agencyStream(fromAgencyId),
        command: { type: 'TransferFunction', agencyId: fromAgencyId, function: payload.function, toAgencyId, effectiveFrom, decision },
      },
      {
        streamId: agencyStream(toAgencyId),
        command: { type: 'ReceiveFunction', agencyId: toAgencyId, function: payload.function, fromAgencyId, effectiveFrom, decision },
      },
    ];
    return decideAcrossStreams(this.store, agencyDecider, commands, context);
  }
}
