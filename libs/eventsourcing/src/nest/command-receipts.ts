import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '../events/command-context';
import { WriteOutcome } from '../decider/write-outcome';
import { CommandReceiptType } from './graphql/command-receipt.type';
import { ProjectionsService } from './projections.service';

/** Turns what a command wrote into the receipt a mutation answers, after read models caught up. */
@Injectable()
export class CommandReceipts {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly commands: CommandBus,
  ) {}

  /** Sends a command through the bus and answers with its receipt: what every mutation does. */
  async execute(command: { context: CommandContext }): Promise<CommandReceiptType> {
    const writes = await this.commands.execute<typeof command, WriteOutcome[]>(command);
    return this.receipt(command.context, writes);
  }

  async receipt(context: CommandContext, writes: WriteOutcome[]): Promise<CommandReceiptType> {
    const written = writes.filter((write) => write.checkpoint !== null);
    const last = written[written.length - 1];
    const projected = last ? await this.projections.waitFor(last.checkpoint!) : true;
    return Object.assign(new CommandReceiptType(), {
      streamIds: written.map((write) => write.streamId),
      revision: writes[0]?.revision ?? null,
      correlationId: context.correlationId,
      projected,
      changed: written.length > 0,
    });
  }
}
