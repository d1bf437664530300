import { conflict, invalid, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { DEFAULT_RESPONSE_DAYS, FORUM_LEVELS, levelRank, requireOneOf, requireText } from '../vocabulary';
import { ConveneForum } from './commands';
import { ForumEvent } from './events';
import { ForumState } from './state';

export function decideConveneForum(command: ConveneForum, state: ForumState): ForumEvent[] {
  const { forum } = command;
  if (state.status !== 'none') throw conflict(`Forum ${forum.forumId} was already convened`);
  requireIdentifier(forum.forumId, 'forumId');
  const level = requireOneOf(forum.level, FORUM_LEVELS, 'level');
  requireLocalDate(forum.heldOn, 'heldOn');
  if (forum.parentForumId !== null) {
    if (command.parentLevel === null) throw invalid(`Parent forum ${forum.parentForumId} is not known`);
    if (levelRank(command.parentLevel) <= levelRank(level))
      throw invalid(`A ${level} forum sends to a forum of a higher level, not a ${command.parentLevel} one`);
  }
  if (forum.previousForumId === forum.forumId) throw invalid('A forum is not its own previous edition');
  const responseDays = forum.responseDays ?? DEFAULT_RESPONSE_DAYS;
  if (!Number.isInteger(responseDays) || responseDays < 1 || responseDays > 365) throw invalid('responseDays must be a whole number of days between 1 and 365');
  return [
    {
      type: 'ForumConvened',
      data: {
        ...forum,
        level,
        edition: requireText(forum.edition, 'edition'),
        title: requireText(forum.title, 'title'),
        theme: requireText(forum.theme, 'theme'),
        responseDays,
      },
    },
  ];
}
