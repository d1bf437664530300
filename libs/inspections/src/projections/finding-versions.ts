import { RecordedVersionTable } from '@cpp/eventsourcing';
import { InspectionEvent } from '../domain/events';
import { FindingState, RecommendationStatus } from '../domain/inspection/state';
import { RecommendationView } from './views';

/** A finding as the register holds it, folded event by event: what one recorded version stores. */
export interface FindingVersion extends FindingState {
  inspectionId: string;
  findingId: string;
  recordedBy: string;
  revisedBy: string | null;
  /** Where it was first recorded in the log: the order findings of one day are listed in. */
  recordedPosition: number;
}

/** A recommendation as recorded: its follow-up state as decided (overdue is judged when read) and no names. */
export interface RecommendationVersion extends Omit<RecommendationView, 'status' | 'responsibleAgencyName'> {
  status: RecommendationStatus;
  issuedPosition: number;
}

/** The columns are the register's own (inspections_findings), so one query text serves the current rows and the versions. */
export const FINDING_VERSIONS: RecordedVersionTable<FindingVersion> = {
  table: 'inspections_finding_versions',
  key: 'finding_key',
  columns: [
    'inspection_id',
    'finding_id',
    'target_id',
    'criterion_code',
    'criterion',
    'legal_basis',
    'conformity',
    'severity',
    'description',
    'evidence',
    'observed_on',
    'revision',
    'recorded_by',
    'revised_by',
    'recurrence_of_inspection_id',
    'recurrence_of_finding_id',
    'recurrence_of_observed_on',
    'recorded_position',
  ],
  values: (f) => [
    f.inspectionId,
    f.findingId,
    f.targetId,
    f.criterionCode,
    f.criterion,
    f.legalBasis,
    f.conformity,
    f.severity,
    f.description,
    JSON.stringify(f.evidence),
    f.observedOn,
    f.revision,
    f.recordedBy,
    f.revisedBy,
    f.recurrenceOf?.inspectionId ?? null,
    f.recurrenceOf?.findingId ?? null,
    f.recurrenceOf?.observedOn ?? null,
    f.recordedPosition,
  ],
};

export const RECOMMENDATION_VERSIONS: RecordedVersionTable<RecommendationVersion> = {
  table: 'inspections_recommendation_versions',
  key: 'recommendation_key',
  columns: [
    'inspection_id',
    'recommendation_id',
    'finding_ids',
    'responsible_agency_id',
    'issuing_agency_id',
    'corrective_action',
    'due_date',
    'issued_on',
    'status',
    'reported_action',
    'reported_on',
    'verification',
    'closed_on',
    'reopen_reason',
    'reopened_on',
    'times_reopened',
    'issued_position',
  ],
  values: (r) => [
    r.inspectionId,
    r.recommendationId,
    r.findingIds,
    r.responsibleAgencyId,
    r.issuingAgencyId,
    r.correctiveAction,
    r.dueDate,
    r.issuedOn,
    r.status,
    r.reportedAction,
    r.reportedOn,
    r.verification,
    r.closedOn,
    r.reopenReason,
    r.reopenedOn,
    r.timesReopened,
    r.issuedPosition,
  ],
};

/** Which version an event changes: a finding, a recommendation, or neither. */
export type VersionedChange =
  | { table: 'finding'; id: string; evolve: (before: FindingVersion | null) => FindingVersion | null }
  | { table: 'recommendation'; id: string; evolve: (before: RecommendationVersion | null) => RecommendationVersion | null };

/** The fold the versions table stores and the as-of replay repeats: one event, one finding or recommendation. */
export function versionedChange(event: InspectionEvent, position: number): VersionedChange | null {
  switch (event.type) {
    case 'FindingRecorded': {
      const { recordedBy, ...d } = event.data;
      return {
        table: 'finding',
        id: findingKey(d.inspectionId, d.findingId),
        evolve: () => ({ ...d, recordedBy, revision: 0, revisedBy: null, recordedPosition: position }),
      };
    }
    case 'FindingRevised': {
      const { inspectionId, findingId, ...content } = event.data;
      return { table: 'finding', id: findingKey(inspectionId, findingId), evolve: (before) => before && { ...before, ...content } };
    }
    case 'RecommendationIssued': {
      const d = event.data;
      return {
        table: 'recommendation',
        id: recommendationKey(d.inspectionId, d.recommendationId),
        evolve: () => ({
          ...d,
          status: 'open',
          reportedAction: null,
          reportedOn: null,
          verification: null,
          closedOn: null,
          reopenReason: null,
          reopenedOn: null,
          timesReopened: 0,
          issuedPosition: position,
        }),
      };
    }
    case 'CorrectiveActionReported': {
      const { action, reportedOn } = event.data;
      return recommendationChange(event.data, (r) => ({ ...r, status: 'reported', reportedAction: action, reportedOn }));
    }
    case 'RecommendationClosed': {
      const { verification, closedOn } = event.data;
      return recommendationChange(event.data, (r) => ({ ...r, status: 'closed', verification, closedOn }));
    }
    case 'RecommendationReopened': {
      const { newDueDate, reason, reopenedOn } = event.data;
      return recommendationChange(event.data, (r) => ({
        ...r,
        status: 'reopened',
        dueDate: newDueDate,
        reopenReason: reason,
        reopenedOn,
        timesReopened: r.timesReopened + 1,
      }));
    }
    default:
      return null;
  }
}

function recommendationChange(
  ids: { inspectionId: string; recommendationId: string },
  change: (before: RecommendationVersion) => RecommendationVersion,
): VersionedChange {
  return { table: 'recommendation', id: recommendationKey(ids.inspectionId, ids.recommendationId), evolve: (before) => before && change(before) };
}

const findingKey = (inspectionId: string, findingId: string) => `${inspectionId}/${findingId}`;
const recommendationKey = (inspectionId: string, recommendationId: string) => `${inspectionId}/${recommendationId}`;
