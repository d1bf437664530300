import { invalid, requireLocalDate } from '@cpp/eventsourcing';
import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { ObligationState } from './state';

/** Opened by the process manager; a redelivered cause finds it open and opens nothing. */
export function openObligation(command: ObligationCommandOf<'OpenObligation'>, state: ObligationState): ObligationEvent[] {
  if (state.status !== 'none') return [];
  const { spec, openedOn } = command;
  requireLocalDate(spec.dueDate, 'dueDate');
  requireLocalDate(openedOn, 'openedOn');
  if (!spec.title.trim()) throw invalid('An obligation needs a title');
  return [{ type: 'ObligationOpened', data: { ...spec, title: spec.title.trim(), openedOn } }];
}
