import type { DirectiveTask, ReportingRegime } from '@cpp/directives';
import { yearOf } from '../dates';
import { ObligationSpec } from '../obligation/commands';
import { ObligationSource } from '../obligation/events';
import { directiveTaskAssignmentId, reportObligationId } from '../streams';
import { TaskSpec } from '../task/commands';
import { AdHocRequest } from './events';
import { DueWindow, periodsDue } from './reporting-periods';
import { DirectivePlan } from './state';

/**
 * What a directive's plan gives rise to, as pure functions of the plan: the process manager
 * sends one idempotent command per item, so deriving again after a redelivery or an
 * amendment opens only what is missing.
 */

/** One assignment for the lead agency (chủ trì) and one per coordinating agency (phối hợp). */
export function taskAssignments(plan: DirectivePlan, task: DirectiveTask): TaskSpec[] {
  const leadTaskId = directiveTaskAssignmentId(plan.directiveId, task.taskId, task.leadAgencyId);
  const common = {
    directiveId: plan.directiveId,
    directiveTaskId: task.taskId,
    section: task.section,
    text: task.text,
    documentNumber: plan.document.documentNumber,
    documentSubject: plan.document.subject,
    assignedByAgencyId: plan.document.issuingAgencyId,
    parentTaskId: null,
    dueDate: task.dueDate,
  };
  return [
    { ...common, taskId: leadTaskId, role: 'lead', assigneeAgencyId: task.leadAgencyId, leadTaskId: null },
    ...[...new Set(task.coordinatingAgencyIds)]
      .filter((agencyId) => agencyId !== task.leadAgencyId)
      .map((agencyId): TaskSpec => ({
        ...common,
        taskId: directiveTaskAssignmentId(plan.directiveId, task.taskId, agencyId),
        role: 'coordinator',
        assigneeAgencyId: agencyId,
        leadTaskId,
      })),
  ];
}

/**
 * Who reports under a regime, and on which sections. A regime that names nobody binds the
 * lead agencies of the tasks that use it, except the recipient itself: the agency that
 * compiles the reports does not report to itself. Each reporter's sections are those of
 * the tasks using the regime in which it leads or coordinates.
 */
export function reportingAgencies(
  plan: DirectivePlan,
  regime: ReportingRegime,
  named: string[] = regime.reportingAgencyIds,
): { agencyId: string; sections: string[] }[] {
  const using = plan.tasks.filter((task) => task.reportingRegimeIds.includes(regime.regimeId));
  const agencyIds =
    named.length > 0 ? [...new Set(named)] : [...new Set(using.map((task) => task.leadAgencyId))].filter((agencyId) => agencyId !== regime.recipientAgencyId);
  return agencyIds.map((agencyId) => ({
    agencyId,
    sections: using.filter((task) => task.leadAgencyId === agencyId || task.coordinatingAgencyIds.includes(agencyId)).map((task) => task.section),
  }));
}

/** Every periodic report obligation whose due date falls in the window. */
export function periodicObligations(plan: DirectivePlan, window: DueWindow): ObligationSpec[] {
  return plan.regimes.flatMap((regime) => {
    const periods = periodsDue(regime, window);
    if (periods.length === 0) return [];
    return reportingAgencies(plan, regime).flatMap(({ agencyId, sections }) =>
      periods.map(({ period, dueDate }): ObligationSpec => ({
        obligationId: reportObligationId(plan.directiveId, regime.regimeId, period.label, agencyId),
        kind: 'periodic-report',
        title: regime.title,
        source: source(plan, regime, sections),
        period,
        assigneeAgencyId: agencyId,
        recipientAgencyId: regime.recipientAgencyId,
        dueDate,
      })),
    );
  });
}

/** An ad-hoc request binds the agencies it names, or else the regime's reporters. */
export function adHocObligations(plan: DirectivePlan, request: AdHocRequest): ObligationSpec[] {
  const regime = plan.regimes.find((candidate) => candidate.regimeId === request.regimeId);
  if (!regime) return [];
  return reportingAgencies(plan, regime, request.reportingAgencyIds.length ? request.reportingAgencyIds : regime.reportingAgencyIds).map(
    ({ agencyId, sections }) => ({
      obligationId: reportObligationId(plan.directiveId, regime.regimeId, request.requestId, agencyId),
      kind: 'ad-hoc-report',
      title: request.content.trim() || regime.title,
      source: source(plan, regime, sections),
      period: { label: request.requestId, year: yearOf(request.dueDate) },
      assigneeAgencyId: agencyId,
      recipientAgencyId: regime.recipientAgencyId,
      dueDate: request.dueDate,
    }),
  );
}

/** The ids of every report obligation the plan has opened so far (up to its horizon). */
export function reportObligationIds(plan: DirectivePlan): string[] {
  return [
    ...periodicObligations(plan, { after: null, through: plan.horizon }),
    ...plan.adHocRequests.flatMap((request) => adHocObligations(plan, request)),
  ].map((spec) => spec.obligationId);
}

function source(plan: DirectivePlan, regime: ReportingRegime, sections: string[]): ObligationSource {
  return {
    type: 'directive',
    directiveId: plan.directiveId,
    documentNumber: plan.document.documentNumber,
    documentSubject: plan.document.subject,
    sections,
    regimeId: regime.regimeId,
    taskId: null,
    inspectionId: null,
    recommendationId: null,
  };
}
