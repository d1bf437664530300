import { IDENTIFIER_RULE } from '@cpp/eventsourcing';

/** class-validator's wording of the kernel's one id rule, so GraphQL and decide refuse alike. */
export const ID_MESSAGE = `$property must be ${IDENTIFIER_RULE}`;
