import { Decider } from '@cpp/eventsourcing';
import { ForumCommand } from './commands';
import { decideConveneForum } from './convene-forum.decide';
import { ForumEvent } from './events';
import { decideRecordParticipants } from './record-participants.decide';
import { evolveForum, ForumState, initialForumState } from './state';

export const forumDecider: Decider<ForumCommand, ForumEvent, ForumState> = {
  initialState: initialForumState,
  evolve: evolveForum,
  decide(command, state) {
    switch (command.type) {
      case 'ConveneForum':
        return decideConveneForum(command, state);
      case 'RecordParticipants':
        return decideRecordParticipants(command, state);
    }
  },
};
