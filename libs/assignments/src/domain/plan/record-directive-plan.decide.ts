import { requireLocalDate } from '@cpp/eventsourcing';
import { DirectivePlanCommandOf } from './commands';
import { DirectivePlanEvent } from './events';
import { DirectivePlanState } from './state';

/** A redelivered DirectiveIssued finds the plan recorded and records nothing. */
export function recordDirectivePlan(command: DirectivePlanCommandOf<'RecordDirectivePlan'>, state: DirectivePlanState): DirectivePlanEvent[] {
  if (state.status !== 'none') return [];
  requireLocalDate(command.horizon, 'horizon');
  const { type: _type, ...data } = command;
  return [{ type: 'DirectivePlanRecorded', data }];
}
