import { RefusalCommand } from './commands';
import { RefusalEvent } from './events';
import { RefusalState } from './state';

/** Once per cause: a redelivered event that is refused again is the same refusal. */
export function recordRefusal(command: RefusalCommand, state: RefusalState): RefusalEvent[] {
  if (state.recorded) return [];
  const { type: _type, ...data } = command;
  return [{ type: 'ReactionRefused', data }];
}
