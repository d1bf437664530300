import { Requester } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { ClosingOutcome, HandOverReason } from '../outcomes';
import { TaskAssigned } from './events';

/** The organisation chart's agency, with its unit and every unit above it (from this context's directory). */
export type AgencyInJurisdiction = AgencyFact & {
  /** The agency's unit first, then its parent, up to the nation. */
  unitPath: string[];
};

export type TaskSpec = Omit<TaskAssigned['data'], 'assignedOn'>;

export type TaskCommand =
  | { type: 'AssignTask'; spec: TaskSpec; assignedOn: string }
  | { type: 'AcknowledgeTask'; taskId: string; requester: Requester; acknowledgedOn: string }
  | {
      type: 'DelegateTask';
      taskId: string;
      requester: Requester;
      childTaskId: string;
      toAgencyId: string;
      /** The assignee (the delegating agency) as the organisation chart knows it. */
      delegator: AgencyInJurisdiction | null;
      target: AgencyInJurisdiction | null;
      text: string;
      dueDate: string | null;
      today: string;
    }
  | { type: 'ReportTaskProgress'; taskId: string; requester: Requester; percent: number; summary: string; reportedOn: string }
  | { type: 'CompleteTask'; taskId: string; requester: Requester; summary: string | null; completedOn: string }
  | { type: 'AmendTask'; taskId: string; section: string; text: string; dueDate: string | null; amendingDocument: string | null; amendedOn: string }
  | { type: 'ReassignTask'; taskId: string; fromAgencyId: string; toAgencyId: string; reason: HandOverReason; effectiveFrom: string; decision: string | null }
  | { type: 'CloseTask'; taskId: string; outcome: ClosingOutcome; effectiveFrom: string; reason: string };

export type TaskCommandOf<Type extends TaskCommand['type']> = Extract<TaskCommand, { type: Type }>;
