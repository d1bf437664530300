import { invalid } from '@cpp/eventsourcing';

/** Forums are held at each level (Diễn đàn trẻ em các cấp); the national one every two years. */
export const FORUM_LEVELS = ['commune', 'district', 'province', 'national'] as const;
export type ForumLevel = (typeof FORUM_LEVELS)[number];

/** Children are counted by age band, never listed; a child's own consent counts from 7 (Law 91/2025, Art. on children). */
export const AGE_BANDS = ['under-7', '7-10', '11-14', '15-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];

/** How an agency answers (trả lời kiến nghị). */
export const ANSWER_DECISIONS = ['accepted', 'partly-accepted', 'not-accepted'] as const;
export type AnswerDecision = (typeof ANSWER_DECISIONS)[number];

export const IMPLEMENTATION_STATUSES = ['implemented', 'continuing', 'not-possible'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** Decree 56/2017 Art. 52: agencies answer children's opinions; 60 days unless the forum sets otherwise. */
export const DEFAULT_RESPONSE_DAYS = 60;

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalid(`${field} "${value}" must be one of ${allowed.join(', ')}`, { field });
  return value as T;
}

export function requireText(value: string | null | undefined, field: string): string {
  const text = value?.trim();
  if (!text) throw invalid(`${field} is required`, { field });
  return text;
}

export const levelRank = (level: ForumLevel) => FORUM_LEVELS.indexOf(level);
