import { ObligationCommand } from '../obligation/commands';
import { TaskCommand } from '../task/commands';

/** A command a policy asks for, with the aggregate that decides it (plans are recorded before a policy derives from them). */
export type ReactionCommand = { aggregate: 'obligation'; command: ObligationCommand } | { aggregate: 'task'; command: TaskCommand };

export const toObligation = (command: ObligationCommand): ReactionCommand => ({ aggregate: 'obligation', command });
export const toTask = (command: TaskCommand): ReactionCommand => ({ aggregate: 'task', command });
