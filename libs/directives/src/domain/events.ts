/** Every event of the directives context. */
import { DirectiveEvent } from './directive/events';

export type DirectivesEvent = DirectiveEvent;

export const DIRECTIVES_EVENT_TYPES = [
  'DirectiveIssued',
  'DirectiveAmended',
  'DirectiveSuperseded',
  'DirectiveRevoked',
  'AdHocReportRequested',
  'DirectiveLinked',
] as const satisfies readonly DirectivesEvent['type'][];
