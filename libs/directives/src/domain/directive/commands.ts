import { Requester } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { DirectiveFact } from './directive-fact';
import { DirectiveDocument, DirectiveTask, ReportingRegime } from './document';
import { DirectiveRelation } from './events';

/** A document as a clerk enters it: the number as printed, parsed by the rules. */
export type IssueDirectivePayload = Omit<DirectiveDocument, 'documentNumber'> & {
  documentNumber: string;
  tasks: DirectiveTask[];
  reportingRegimes: ReportingRegime[];
};

export interface LinkDirectivePayload {
  directiveId: string;
  relation: DirectiveRelation;
  targetDirectiveId: string;
}

export interface AmendDirectivePayload {
  directiveId: string;
  amendedOn: string;
  /** The amending document's number as printed, when there is one. */
  amendingDocument: string | null;
  subject: string;
  addedTasks: DirectiveTask[];
  changedTasks: DirectiveTask[];
  withdrawnTaskIds: string[];
  addedReportingRegimes: ReportingRegime[];
}

export interface SupersedeDirectivePayload {
  directiveId: string;
  supersededByDirectiveId: string;
  effectiveFrom: string;
}

export interface RevokeDirectivePayload {
  directiveId: string;
  effectiveFrom: string;
  reason: string;
  revokingDocument: string | null;
}

export interface RequestAdHocReportPayload {
  directiveId: string;
  regimeId: string;
  requestId: string;
  content: string;
  /** Empty: whoever the regime names, or the lead agencies of the tasks that report through it. */
  reportingAgencyIds: string[];
  dueDate: string;
}

/** Each command carries who asks and the facts its handler found in other streams. */
export type IssueDirective = { type: 'IssueDirective'; requester: Requester; agencies: AgencyFact[]; directives: DirectiveFact[] } & IssueDirectivePayload;
export type LinkDirective = { type: 'LinkDirective'; requester: Requester; directives: DirectiveFact[] } & LinkDirectivePayload;
export type AmendDirective = { type: 'AmendDirective'; requester: Requester; agencies: AgencyFact[] } & AmendDirectivePayload;
export type SupersedeDirective = { type: 'SupersedeDirective'; requester: Requester; successor: DirectiveFact | null } & SupersedeDirectivePayload;
export type RevokeDirective = { type: 'RevokeDirective'; requester: Requester } & RevokeDirectivePayload;
export type RequestAdHocReport = { type: 'RequestAdHocReport'; requester: Requester; agencies: AgencyFact[]; requestedOn: string } & RequestAdHocReportPayload;

export type DirectiveCommand = IssueDirective | LinkDirective | AmendDirective | SupersedeDirective | RevokeDirective | RequestAdHocReport;
