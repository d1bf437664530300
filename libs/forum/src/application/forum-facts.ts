import { EventStore, loadState, notFound } from '@cpp/eventsourcing';
import { forumDecider } from '../domain/forum/forum.decider';
import { Forum } from '../domain/forum/state';
import { forumStream } from '../domain/streams';

/** A forum as its own stream tells it, for the rules of its recommendations and delegates. */
export async function findForum(store: EventStore, forumId: string): Promise<Forum | null> {
  const { state } = await loadState(store, forumDecider, forumStream(forumId));
  return state.status === 'none' ? null : state;
}

export async function requireForum(store: EventStore, forumId: string): Promise<Forum> {
  const forum = await findForum(store, forumId);
  if (!forum) throw notFound(`No forum ${forumId}`);
  return forum;
}
