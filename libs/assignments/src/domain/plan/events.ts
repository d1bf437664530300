/**
 * This context's own record of a directive's tasks and reporting regimes, taken from the
 * directives context's published events. The process manager decides from it (which
 * assignments exist, which periods are already open) without reading the other context's
 * streams or tables, and at-least-once delivery meets an idempotent decider.
 */
import { DomainEvent } from '@cpp/eventsourcing';
import type { DirectiveTask, ReportingRegime } from '@cpp/directives';

export interface PlanDocument {
  documentNumber: string;
  subject: string;
  issuingAgencyId: string;
  issuedOn: string | null;
}

export interface AdHocRequest {
  regimeId: string;
  requestId: string;
  content: string;
  reportingAgencyIds: string[];
  dueDate: string;
  requestedOn: string;
}

export type DirectivePlanRecorded = DomainEvent<
  'DirectivePlanRecorded',
  { directiveId: string; document: PlanDocument; tasks: DirectiveTask[]; regimes: ReportingRegime[]; horizon: string }
>;
export type DirectivePlanAmended = DomainEvent<
  'DirectivePlanAmended',
  {
    directiveId: string;
    /** The DirectiveAmended event it records: each amendment is taken once. */
    sourceEventId: string;
    amendedOn: string;
    amendingDocument: string | null;
    addedTasks: DirectiveTask[];
    changedTasks: DirectiveTask[];
    withdrawnTaskIds: string[];
    addedRegimes: ReportingRegime[];
  }
>;
export type AdHocReportRecorded = DomainEvent<'AdHocReportRecorded', { directiveId: string } & AdHocRequest>;
/** Periods of open-ended regimes are generated up to the horizon, which moves with the clock. */
export type ReportingHorizonExtended = DomainEvent<'ReportingHorizonExtended', { directiveId: string; previousHorizon: string; horizon: string }>;
export type DirectivePlanClosed = DomainEvent<
  'DirectivePlanClosed',
  { directiveId: string; outcome: 'superseded' | 'cancelled'; effectiveFrom: string; reason: string }
>;

export type DirectivePlanEvent = DirectivePlanRecorded | DirectivePlanAmended | AdHocReportRecorded | ReportingHorizonExtended | DirectivePlanClosed;

export const DIRECTIVE_PLAN_EVENT_TYPES = [
  'DirectivePlanRecorded',
  'DirectivePlanAmended',
  'AdHocReportRecorded',
  'ReportingHorizonExtended',
  'DirectivePlanClosed',
] as const satisfies readonly DirectivePlanEvent['type'][];
