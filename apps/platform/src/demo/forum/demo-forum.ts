import type { ConveneForumCommand, RecordParticipantsCommand, SelectDelegateCommand } from '@cpp/forum';

export interface DemoRecommendation {
  recommendationId: string;
  raisedBy: string;
  theme: string;
  text: string;
  forward?: { to: string; summary: string; on: string };
  answer?: { decision: 'accepted' | 'partly-accepted' | 'not-accepted'; answer: string; reason: string | null; on: string };
  implementation?: { status: 'implemented' | 'continuing' | 'not-possible'; note: string; reason: string | null; on: string };
  escalateTo?: { forumId: string; on: string };
}

/** A forum as its organiser recorded it: the forum, who took part (counts), what the children asked, whom they sent on. */
export interface DemoForum {
  forum: ConveneForumCommand['payload'];
  participants: RecordParticipantsCommand['payload']['participants'];
  recommendations: DemoRecommendation[];
  /** Pseudonymous records only: the demo holds no child's name. */
  delegates: Omit<SelectDelegateCommand['payload'], 'forumId'>[];
}
