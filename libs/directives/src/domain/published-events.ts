/**
 * The directives context's contract: what other contexts (assignments builds tasks and
 * reporting obligations on it) and the relay may use. A link added after both documents were
 * recorded (DirectiveLinked) stays internal: nothing outside relies on the cascade's shape.
 */
import { AdHocReportRequested, DirectiveAmended, DirectiveIssued, DirectiveRevoked, DirectiveSuperseded } from './directive/events';

export { DOCUMENT_TYPES } from './directive/document';
export type { DirectiveDocument, DirectiveTask, DocumentNumber, DocumentType, ReportingFrequency, ReportingRegime } from './directive/document';
export type { AdHocReportRequested, DirectiveAmended, DirectiveIssued, DirectiveRevoked, DirectiveSuperseded } from './directive/events';

export type DirectivesPublishedEvent = DirectiveIssued | DirectiveAmended | DirectiveSuperseded | DirectiveRevoked | AdHocReportRequested;

export const DIRECTIVES_PUBLISHED_EVENT_TYPES = [
  'DirectiveIssued',
  'DirectiveAmended',
  'DirectiveSuperseded',
  'DirectiveRevoked',
  'AdHocReportRequested',
] as const satisfies readonly DirectivesPublishedEvent['type'][];
