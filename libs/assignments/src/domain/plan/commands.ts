import type { DirectiveTask, ReportingRegime } from '@cpp/directives';
import { AdHocRequest, DirectivePlanRecorded } from './events';

export type DirectivePlanCommand =
  | ({ type: 'RecordDirectivePlan' } & DirectivePlanRecorded['data'])
  | {
      type: 'RecordAmendment';
      directiveId: string;
      sourceEventId: string;
      amendedOn: string;
      amendingDocument: string | null;
      addedTasks: DirectiveTask[];
      changedTasks: DirectiveTask[];
      withdrawnTaskIds: string[];
      addedRegimes: ReportingRegime[];
    }
  | ({ type: 'RecordAdHocRequest'; directiveId: string } & AdHocRequest)
  | { type: 'ExtendReportingHorizon'; directiveId: string; horizon: string }
  | { type: 'CloseDirectivePlan'; directiveId: string; outcome: 'superseded' | 'cancelled'; effectiveFrom: string; reason: string };

export type DirectivePlanCommandOf<Type extends DirectivePlanCommand['type']> = Extract<DirectivePlanCommand, { type: Type }>;
