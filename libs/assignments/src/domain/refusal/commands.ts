import { ReactionRefused } from './events';

export type RefusalCommand = { type: 'RecordRefusal' } & ReactionRefused['data'];
