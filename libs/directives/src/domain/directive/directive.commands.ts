import { DirectiveDocument, DirectiveTask, ReportingRegime } from '../events';
import { AgencyFact, DirectiveFact, Requester } from '../facts';
import { DirectiveRelation } from '../internal-events';

/** A document as a clerk enters it: the number as printed, parsed by the rules. */
export type IssueDirectiveInput = Omit<DirectiveDocument, 'documentNumber'> & {
  documentNumber: string;
  tasks: DirectiveTask[];
  reportingRegimes: ReportingRegime[];
};

export interface LinkDirectiveInput {
  directiveId: string;
  relation: DirectiveRelation;
  targetDirectiveId: string;
}

export interface AmendDirectiveInput {
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

export interface SupersedeDirectiveInput {
  directiveId: string;
  supersededByDirectiveId: string;
  effectiveFrom: string;
}

export interface RevokeDirectiveInput {
  directiveId: string;
  effectiveFrom: string;
  reason: string;
  revokingDocument: string | null;
}

export interface RequestAdHocReportInput {
  directiveId: string;
  regimeId: string;
  requestId: string;
  content: string;
  /** Empty: whoever the regime names, or the lead agencies of the tasks that report through it. */
  reportingAgencyIds: string[];
  dueDate: string;
}

/** Each command carries who asks and the facts its handler found in other streams. */
export type DirectiveCommand =
  | ({ type: 'IssueDirective'; requester: Requester | null; agencies: AgencyFact[]; directives: DirectiveFact[] } & IssueDirectiveInput)
  | ({ type: 'LinkDirective'; requester: Requester | null; directives: DirectiveFact[] } & LinkDirectiveInput)
  | ({ type: 'AmendDirective'; requester: Requester | null; agencies: AgencyFact[] } & AmendDirectiveInput)
  | ({ type: 'SupersedeDirective'; requester: Requester | null; successor: DirectiveFact | null } & SupersedeDirectiveInput)
  | ({ type: 'RevokeDirective'; requester: Requester | null } & RevokeDirectiveInput)
  | ({ type: 'RequestAdHocReport'; requester: Requester | null; agencies: AgencyFact[]; requestedOn: string } & RequestAdHocReportInput);
