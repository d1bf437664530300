import { DomainEvent } from '@cpp/eventsourcing';
import { AgeBand, ForumLevel, Sex } from '../vocabulary';

/** Participants as counts of a kind of child, never a list of children. */
export interface ParticipantCount {
  ageBand: AgeBand;
  sex: Sex;
  ethnicity: string;
  /** The administrative unit the children came from. */
  localityUnitId: string;
  count: number;
}

export type ForumConvened = DomainEvent<
  'ForumConvened',
  {
    forumId: string;
    level: ForumLevel;
    /** e.g. 2019, or the national forum's number (the 6th). */
    edition: string;
    title: string;
    theme: string;
    /** The organising agency: the provincial youth union, the department in charge of children. */
    organiserAgencyId: string;
    localityUnitId: string;
    heldOn: string;
    /** The next level's forum this one sends delegates and recommendations to. */
    parentForumId: string | null;
    /** The same forum's previous edition, whose recommendations are reported on before it. */
    previousForumId: string | null;
    responseDays: number;
  }
>;

export type ParticipantsRecorded = DomainEvent<'ParticipantsRecorded', { forumId: string; participants: ParticipantCount[]; total: number }>;

export type ForumEvent = ForumConvened | ParticipantsRecorded;
