import { IDENTIFIER_RULE } from '@cpp/eventsourcing';

/** The kernel's one id rule (IDENTIFIER), worded as class-validator reports a field that breaks it. */
export const IDENTIFIER_MESSAGE = `$property must be ${IDENTIFIER_RULE}`;
