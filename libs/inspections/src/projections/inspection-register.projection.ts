import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { INSPECTION_EVENT_TYPES, InspectionEvent } from '../domain/events';
import { inspectionRegisterTables } from './tables';

/** Inspections, their findings (current revision), recommendations with follow-up state, and sanctions. */
export const inspectionRegisterProjection: Projection = {
  name: 'inspections.register',
  migrations: inspectionRegisterTables,
  tables: [
    'inspections_inspections',
    'inspections_participants',
    'inspections_targets',
    'inspections_findings',
    'inspections_recommendations',
    'inspections_recommendation_findings',
    'inspections_sanctions',
  ],
  handles: INSPECTION_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, recorded as unknown as InspectionEvent, recorded.globalPosition),
};

async function applyEvent(tx: SqlExecutor, event: InspectionEvent, position: number): Promise<void> {
  switch (event.type) {
    case 'InspectionPlanned': {
      const d = event.data;
      await tx.query(
        `INSERT INTO inspections_inspections (inspection_id, kind, title, theme, lead_agency_id, member_agency_ids, members, period_from, period_to, plan_document, outline_document, planned_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'planned')`,
        [
          d.inspectionId,
          d.kind,
          d.title,
          d.theme,
          d.leadAgencyId,
          JSON.stringify(d.memberAgencyIds),
          JSON.stringify(d.members),
          d.periodFrom,
          d.periodTo,
          JSON.stringify(d.plan),
          JSON.stringify(d.outline),
          d.plannedOn,
        ],
      );
      await tx.query(`INSERT INTO inspections_participants (inspection_id, agency_id, role) VALUES ($1, $2, 'lead')`, [d.inspectionId, d.leadAgencyId]);
      for (const agencyId of d.memberAgencyIds) {
        await tx.query(`INSERT INTO inspections_participants (inspection_id, agency_id, role) VALUES ($1, $2, 'member')`, [d.inspectionId, agencyId]);
      }
      for (const [index, target] of d.targets.entries()) {
        await tx.query(
          'INSERT INTO inspections_targets (inspection_id, target_id, position, kind, name, unit_id, agency_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [d.inspectionId, target.targetId, index, target.kind, target.name, target.unitId, target.agencyId],
        );
      }
      return;
    }
    case 'InspectionStarted':
      await tx.query(`UPDATE inspections_inspections SET status = 'in-progress', started_on = $2 WHERE inspection_id = $1`, [
        event.data.inspectionId,
        event.data.startedOn,
      ]);
      return;
    case 'FindingRecorded': {
      const d = event.data;
      await tx.query(
        `INSERT INTO inspections_findings (inspection_id, finding_id, target_id, criterion_code, criterion, legal_basis, conformity, severity, description, evidence, observed_on, revision, recorded_by,
           recurrence_of_inspection_id, recurrence_of_finding_id, recurrence_of_observed_on, recorded_position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0, $12, $13, $14, $15, $16)`,
        [
          d.inspectionId,
          d.findingId,
          d.targetId,
          d.criterionCode,
          d.criterion,
          d.legalBasis,
          d.conformity,
          d.severity,
          d.description,
          JSON.stringify(d.evidence),
          d.observedOn,
          d.recordedBy,
          d.recurrenceOf?.inspectionId ?? null,
          d.recurrenceOf?.findingId ?? null,
          d.recurrenceOf?.observedOn ?? null,
          position,
        ],
      );
      return;
    }
    case 'FindingRevised': {
      const d = event.data;
      await tx.query(
        `UPDATE inspections_findings SET criterion = $3, legal_basis = $4, conformity = $5, severity = $6, description = $7, evidence = $8, revision = $9, revised_by = $10,
           recurrence_of_inspection_id = $11, recurrence_of_finding_id = $12, recurrence_of_observed_on = $13
         WHERE inspection_id = $1 AND finding_id = $2`,
        [
          d.inspectionId,
          d.findingId,
          d.criterion,
          d.legalBasis,
          d.conformity,
          d.severity,
          d.description,
          JSON.stringify(d.evidence),
          d.revision,
          d.revisedBy,
          d.recurrenceOf?.inspectionId ?? null,
          d.recurrenceOf?.findingId ?? null,
          d.recurrenceOf?.observedOn ?? null,
        ],
      );
      return;
    }
    case 'RecommendationIssued': {
      const d = event.data;
      await tx.query(
        `INSERT INTO inspections_recommendations (inspection_id, recommendation_id, responsible_agency_id, issuing_agency_id, corrective_action, due_date, issued_on, status, issued_position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)`,
        [d.inspectionId, d.recommendationId, d.responsibleAgencyId, d.issuingAgencyId, d.correctiveAction, d.dueDate, d.issuedOn, position],
      );
      for (const findingId of d.findingIds) {
        await tx.query('INSERT INTO inspections_recommendation_findings (inspection_id, recommendation_id, finding_id) VALUES ($1, $2, $3)', [
          d.inspectionId,
          d.recommendationId,
          findingId,
        ]);
      }
      return;
    }
    case 'CorrectiveActionReported':
      await tx.query(
        `UPDATE inspections_recommendations SET status = 'reported', reported_action = $3, reported_on = $4 WHERE inspection_id = $1 AND recommendation_id = $2`,
        [event.data.inspectionId, event.data.recommendationId, event.data.action, event.data.reportedOn],
      );
      return;
    case 'RecommendationClosed':
      await tx.query(
        `UPDATE inspections_recommendations SET status = 'closed', verification = $3, closed_on = $4 WHERE inspection_id = $1 AND recommendation_id = $2`,
        [event.data.inspectionId, event.data.recommendationId, event.data.verification, event.data.closedOn],
      );
      return;
    case 'RecommendationReopened':
      await tx.query(
        `UPDATE inspections_recommendations SET status = 'reopened', due_date = $3, reopen_reason = $4, reopened_on = $5, times_reopened = times_reopened + 1
         WHERE inspection_id = $1 AND recommendation_id = $2`,
        [event.data.inspectionId, event.data.recommendationId, event.data.newDueDate, event.data.reason, event.data.reopenedOn],
      );
      return;
    case 'SanctionRecorded': {
      const d = event.data;
      await tx.query(
        `INSERT INTO inspections_sanctions (inspection_id, sanction_id, target_id, finding_ids, person_role, person_name, measure, legal_basis, decision_number, decided_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          d.inspectionId,
          d.sanctionId,
          d.targetId,
          JSON.stringify(d.findingIds),
          d.personRole,
          d.personName,
          d.measure,
          d.legalBasis,
          d.decisionNumber,
          d.decidedOn,
        ],
      );
      return;
    }
    case 'ConclusionDrafted':
      await tx.query(
        `UPDATE inspections_inspections SET conclusion_status = 'draft', conclusion_summary = $2, drafted_on = $3, appraisal_opinion = NULL, appraised_on = NULL, appraised_by = NULL
         WHERE inspection_id = $1`,
        [event.data.inspectionId, event.data.summary, event.data.draftedOn],
      );
      return;
    case 'ConclusionAppraised':
      await tx.query(
        `UPDATE inspections_inspections SET conclusion_status = 'appraised', appraisal_opinion = $2, appraised_on = $3, appraised_by = $4 WHERE inspection_id = $1`,
        [event.data.inspectionId, event.data.opinion, event.data.appraisedOn, event.data.appraisedBy],
      );
      return;
    case 'ConclusionIssued':
      await tx.query(
        `UPDATE inspections_inspections SET status = 'concluded', conclusion_status = 'issued', conclusion_number = $2, concluded_on = $3 WHERE inspection_id = $1`,
        [event.data.inspectionId, event.data.conclusionNumber, event.data.issuedOn],
      );
      return;
  }
}
