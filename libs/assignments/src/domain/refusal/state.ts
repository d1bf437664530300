import { RefusalEvent } from './events';

/** Whether the refusal of this cause is already on record. */
export type RefusalState = { recorded: boolean };

export const initialState = (): RefusalState => ({ recorded: false });

export const evolve = (_state: RefusalState, _event: RefusalEvent): RefusalState => ({ recorded: true });
