import { IDENTIFIER } from '@cpp/eventsourcing';

export const SLUG = IDENTIFIER;
export const SLUG_MESSAGE = '$property must be lower-case letters, digits and dashes (2 to 100 characters)';
