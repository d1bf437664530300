import { ForumConvened, ForumEvent, ParticipantCount } from './events';

export type Forum = ForumConvened['data'] & { status: 'convened'; participants: ParticipantCount[] };
export type ForumState = { status: 'none' } | Forum;

export const initialForumState = (): ForumState => ({ status: 'none' });

export function evolveForum(state: ForumState, event: ForumEvent): ForumState {
  switch (event.type) {
    case 'ForumConvened':
      return { ...event.data, status: 'convened', participants: [] };
    case 'ParticipantsRecorded':
      return state.status === 'none' ? state : { ...state, participants: event.data.participants };
  }
}
