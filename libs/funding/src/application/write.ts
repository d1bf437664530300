import { CommandContext, CommandOptions, EventStore, handleCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { budgetLineDecider } from '../domain/budget-line/budget-line.decider';
import { BudgetLineCommand } from '../domain/budget-line/commands';
import { fundDecider } from '../domain/fund/fund.decider';
import { FundCommand } from '../domain/fund/commands';
import { budgetLineStream, fundStream } from '../domain/streams';

/** Decides a command on its budget line's stream and says what was written. */
export async function decideOnLine(
  store: EventStore,
  command: BudgetLineCommand,
  context: CommandContext,
  options: CommandOptions = {},
): Promise<WriteOutcome[]> {
  const stream = budgetLineStream(command.lineId);
  return [writeOutcome(stream, await handleCommand(store, budgetLineDecider, stream, command, context, options))];
}

export async function decideOnFund(store: EventStore, command: FundCommand, context: CommandContext, options: CommandOptions = {}): Promise<WriteOutcome[]> {
  const stream = fundStream(command.fundId);
  return [writeOutcome(stream, await handleCommand(store, fundDecider, stream, command, context, options))];
}
