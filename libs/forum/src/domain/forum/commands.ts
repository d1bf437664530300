import { ForumConvened, ParticipantCount } from './events';

export type ConveneForum = {
  type: 'ConveneForum';
  forum: Omit<ForumConvened['data'], 'responseDays'> & { responseDays: number | null };
  parentLevel: ForumConvened['data']['level'] | null;
};
export type RecordParticipants = { type: 'RecordParticipants'; forumId: string; participants: ParticipantCount[] };

export type ForumCommand = ConveneForum | RecordParticipants;
