import { CommandContext, EventStore, handleCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { DelegateCommand } from '../domain/delegate/commands';
import { delegateDecider } from '../domain/delegate/delegate.decider';
import { delegateStream } from '../domain/streams';

export async function decideOnDelegate(store: EventStore, command: DelegateCommand, context: CommandContext) {
  const stream = delegateStream(command.type === 'SelectDelegate' ? command.delegate.delegateId : command.delegateId);
  const outcome = await handleCommand(store, delegateDecider, stream, command, context);
  return { outcome, write: writeOutcome(stream, outcome) as WriteOutcome };
}
