/**
 * The events of one document, as it is issued, linked, amended, superseded and revoked.
 * Documents are recorded in any order (a district dispatch may be entered before the
 * provincial plan it implements), so a link in the cascade can be added after both are recorded.
 */
import { DomainEvent } from '@cpp/eventsourcing';
import { DirectiveDocument, DirectiveTask, ReportingRegime } from './document';

/** The document as issued, with every task and regime: the moment obligations arise. */
export type DirectiveIssued = DomainEvent<'DirectiveIssued', DirectiveDocument & { tasks: DirectiveTask[]; reportingRegimes: ReportingRegime[] }>;

/** An amendment (sửa đổi, bổ sung): replaced values; tasks added, changed or withdrawn. */
export type DirectiveAmended = DomainEvent<
  'DirectiveAmended',
  {
    directiveId: string;
    amendedOn: string;
    amendingDocument: string | null;
    subject: string;
    addedTasks: DirectiveTask[];
    changedTasks: DirectiveTask[];
    withdrawnTaskIds: string[];
    addedReportingRegimes: ReportingRegime[];
  }
>;

/** Replaced by a newer document: open tasks of this one close as superseded (the new one carries its own). */
export type DirectiveSuperseded = DomainEvent<'DirectiveSuperseded', { directiveId: string; supersededByDirectiveId: string; effectiveFrom: string }>;

/** Revoked (bãi bỏ): open tasks are cancelled, nothing more falls due. */
export type DirectiveRevoked = DomainEvent<'DirectiveRevoked', { directiveId: string; effectiveFrom: string; reason: string; revokingDocument: string | null }>;

/** An ad-hoc report (báo cáo đột xuất) requested under an ad-hoc regime. */
export type AdHocReportRequested = DomainEvent<
  'AdHocReportRequested',
  { directiveId: string; regimeId: string; requestId: string; content: string; reportingAgencyIds: string[]; dueDate: string; requestedOn: string }
>;

export type DirectiveRelation = 'implements' | 'based-on';

export type DirectiveLinked = DomainEvent<'DirectiveLinked', { directiveId: string; relation: DirectiveRelation; targetDirectiveId: string }>;

export type DirectiveEvent = DirectiveIssued | DirectiveLinked | DirectiveAmended | DirectiveSuperseded | DirectiveRevoked | AdHocReportRequested;
