/**
 * Events of this context that no other context relies on. Documents are recorded in any order
 * (a district dispatch may be entered before the provincial plan it implements), so a link in
 * the cascade can be added after both documents are recorded.
 */
import { DomainEvent } from '@cpp/eventsourcing';
import { DirectivesPublishedEvent } from './events';

export type DirectiveRelation = 'implements' | 'based-on';

export type DirectiveLinked = DomainEvent<'DirectiveLinked', { directiveId: string; relation: DirectiveRelation; targetDirectiveId: string }>;

export type DirectivesEvent = DirectivesPublishedEvent | DirectiveLinked;

export const DIRECTIVES_EVENT_TYPES = ['DirectiveIssued', 'DirectiveAmended', 'DirectiveSuperseded', 'DirectiveRevoked', 'AdHocReportRequested', 'DirectiveLinked'] as const satisfies readonly DirectivesEvent['type'][];
