import { conflict, invalid, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { INSPECTION_KINDS, INSPECTION_THEMES } from '../vocabulary';
import { optionalText, requireContentHash, requireDistinct, requireOneOf, requireText } from '../values';
import { PlanInspection } from './commands';
import { DocumentReference } from './events';
import { leadAgencyRuleOn } from './lead-agency-rules';
import { requireActiveAgency } from './plan-chart';
import { planTargets } from './plan-targets';
import { planTeam } from './plan-team';
import { InspectionState } from './state';

/** A thanh tra or kiểm tra is planned with its team, its targets, its period and the documents ordering it. */
export function decidePlanInspection(command: PlanInspection, state: InspectionState): InspectionEvent[] {
  requireIdentifier(command.inspectionId, 'inspectionId');
  if (state.status !== 'none') throw conflict(`Inspection ${command.inspectionId} is already planned`);
  requireOneOf(command.kind, INSPECTION_KINDS, 'kind');
  requireOneOf(command.theme, INSPECTION_THEMES, 'theme');
  const title = requireText(command.title, 'title', 300);
  requireLocalDate(command.plannedOn, 'plannedOn');
  requireLocalDate(command.periodFrom, 'periodFrom');
  requireLocalDate(command.periodTo, 'periodTo');
  if (command.periodTo < command.periodFrom) throw invalid(`The period ends (${command.periodTo}) before it starts (${command.periodFrom})`);
  if (command.periodFrom < command.plannedOn) throw invalid(`The period starts (${command.periodFrom}) before the plan's date (${command.plannedOn})`);

  const lead = requireActiveAgency(command, command.leadAgencyId, 'Lead agency');
  const rule = leadAgencyRuleOn(command.kind, command.plannedOn);
  if (!rule || !rule.leadAgencyKinds.includes(lead.kind)) {
    throw invalid(
      `A ${command.kind} planned on ${command.plannedOn} must be led by ${rule ? rule.leadAgencyKinds.join(' or ') : 'no agency'} (${rule?.basis ?? 'no rule in force'}); ${lead.agencyId} is a ${lead.kind}`,
      { field: 'leadAgencyId' },
    );
  }
  requireDistinct(command.memberAgencyIds, 'memberAgencyIds');
  if (command.memberAgencyIds.includes(command.leadAgencyId)) throw invalid('The lead agency is not also a member agency', { field: 'memberAgencyIds' });
  for (const agencyId of command.memberAgencyIds) requireActiveAgency(command, agencyId, 'Member agency');

  const members = planTeam(command);
  const targets = planTargets(command);
  return [
    {
      type: 'InspectionPlanned',
      data: {
        inspectionId: command.inspectionId,
        kind: command.kind,
        title,
        theme: command.theme,
        leadAgencyId: command.leadAgencyId,
        memberAgencyIds: command.memberAgencyIds,
        members,
        targets,
        periodFrom: command.periodFrom,
        periodTo: command.periodTo,
        plan: documentReference(command.plan, 'plan'),
        outline: documentReference(command.outline, 'outline'),
        plannedOn: command.plannedOn,
      },
    },
  ];
}

function documentReference(document: DocumentReference, field: string): DocumentReference {
  return {
    number: optionalText(document.number),
    title: requireText(document.title, `${field}.title`, 300),
    contentHash: document.contentHash === null ? null : requireContentHash(document.contentHash, `${field}.contentHash`),
  };
}
