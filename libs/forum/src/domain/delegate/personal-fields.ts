import { PersonalFieldPolicy } from '@cpp/eventsourcing';

/**
 * The only personal data the forum holds of a child, each with why and for how long: a
 * delegate's name and school, to invite and accompany them to the next level's forum, kept
 * through that forum's two-year cycle and erased by itself after.
 */
export const DELEGATE_PERSONAL_FIELDS: PersonalFieldPolicy[] = [
  { field: 'name', purpose: 'to invite and accompany the delegate to the next level’s forum', retentionDays: 730 },
  { field: 'school', purpose: 'to reach the delegate through their school before the forum', retentionDays: 730 },
];

export const DELEGATE_FIELD_NAMES = DELEGATE_PERSONAL_FIELDS.map((policy) => policy.field);
