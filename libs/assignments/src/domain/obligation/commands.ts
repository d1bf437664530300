import { Requester } from '@cpp/eventsourcing';
import { ClosingOutcome, HandOverReason } from '../outcomes';
import { Figure, ObligationOpened } from './events';

export type ObligationSpec = Omit<ObligationOpened['data'], 'openedOn'>;

export type ObligationCommand =
  | { type: 'OpenObligation'; spec: ObligationSpec; openedOn: string }
  | { type: 'SubmitReport'; obligationId: string; requester: Requester; figures: Figure[]; note: string | null; submittedOn: string; today: string }
  | { type: 'RecordCorrectiveAction'; obligationId: string; agencyId: string; action: string; reportedOn: string; sourceEventId: string }
  | {
      type: 'CorrectFigures';
      obligationId: string;
      requester: Requester;
      submissionNumber: number | null;
      corrections: Figure[];
      reason: string;
      correctedOn: string;
    }
  | { type: 'ExtendDeadline'; obligationId: string; requester: Requester; newDueDate: string; reason: string; authorisingDocument: string; extendedOn: string }
  | { type: 'AmendDeadline'; obligationId: string; newDueDate: string; amendingDocument: string | null; amendedOn: string }
  | { type: 'MarkObligationOverdue'; obligationId: string; today: string }
  | { type: 'RecordDeadlineApproaching'; obligationId: string; today: string; windowDays: number }
  | {
      type: 'ReassignObligation';
      obligationId: string;
      fromAgencyId: string;
      toAgencyId: string;
      reason: HandOverReason;
      effectiveFrom: string;
      decision: string | null;
    }
  | { type: 'CloseObligation'; obligationId: string; outcome: ClosingOutcome; effectiveFrom: string; reason: string }
  | { type: 'FulfilObligation'; obligationId: string; fulfilledOn: string; basis: 'task-completed' | 'recommendation-closed'; note: string | null }
  | { type: 'ReopenObligation'; obligationId: string; reopenedOn: string; reason: string; newDueDate: string };

export type ObligationCommandOf<Type extends ObligationCommand['type']> = Extract<ObligationCommand, { type: Type }>;
