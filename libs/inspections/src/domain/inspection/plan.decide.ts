import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { DocumentReference, InspectionEvent, InspectionTarget, TeamMember } from '../events';
import { AgencyFact } from '../facts';
import { leadAgencyRuleOn } from '../inspection-kind-rule';
import { INSPECTION_KINDS, INSPECTION_THEMES, TARGET_KINDS, TEAM_ROLES } from '../vocabulary';
import { requireContentHash, requireDistinct, requireLocalDate, requireOneOf, requireSlug, requireText } from './guards';
import { PlanInspection, TargetRequest } from './inspection.commands';
import { InspectionState } from './inspection.state';

const MAX_MEMBERS = 30;
const MAX_TARGETS = 50;

export function decidePlan(command: PlanInspection, state: InspectionState): InspectionEvent[] {
  requireSlug(command.inspectionId, 'inspectionId');
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

  const members = team(command);
  const targets = command.targets.map((target) => completeTarget(command, target));
  if (targets.length === 0) throw invalid('An inspection needs at least one target', { field: 'targets' });
  if (targets.length > MAX_TARGETS) throw invalid(`An inspection has at most ${MAX_TARGETS} targets`, { field: 'targets' });
  requireDistinct(targets.map((target) => target.targetId), 'targets');

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

function requireActiveAgency(command: PlanInspection, agencyId: string, what: string): AgencyFact {
  const agency = command.agencies[agencyId];
  if (!agency) throw notFound(`${what} ${agencyId} is not registered`);
  if (agency.status !== 'active') throw invalid(`${what} ${agencyId} is ${agency.status}`);
  return agency;
}

/** Named members, one head (trưởng đoàn), at most one secretary, each sent by the lead or a member agency. */
function team(command: PlanInspection): TeamMember[] {
  const members = command.members.map((member) => ({
    subject: requireText(member.subject, 'members.subject', 200),
    name: requireText(member.name, 'members.name', 200),
    agencyId: member.agencyId,
    role: member.role,
  }));
  if (members.length === 0 || members.length > MAX_MEMBERS) throw invalid(`A team has 1 to ${MAX_MEMBERS} members`, { field: 'members' });
  requireDistinct(members.map((member) => member.subject), 'members');
  const agencies = [command.leadAgencyId, ...command.memberAgencyIds];
  for (const member of members) {
    requireOneOf(member.role, TEAM_ROLES, 'members.role');
    if (!agencies.includes(member.agencyId)) throw invalid(`Member ${member.name} is sent by ${member.agencyId}, which is neither the lead nor a member agency`, { field: 'members' });
  }
  if (members.filter((member) => member.role === 'head').length !== 1) throw invalid('A team has exactly one head (trưởng đoàn)', { field: 'members' });
  if (members.filter((member) => member.role === 'secretary').length > 1) throw invalid('A team has at most one secretary', { field: 'members' });
  return members;
}

function completeTarget(command: PlanInspection, target: TargetRequest): InspectionTarget {
  requireOneOf(target.kind, TARGET_KINDS, 'targets.kind');
  switch (target.kind) {
    case 'agency': {
      if (!target.agencyId) throw invalid('An agency target names its agencyId', { field: 'targets' });
      const agency = requireActiveAgency(command, target.agencyId, 'Target agency');
      return { targetId: agency.agencyId, kind: 'agency', name: text(target.name) ?? agency.name, unitId: agency.unitId, agencyId: agency.agencyId };
    }
    case 'locality': {
      if (!target.unitId) throw invalid('A locality target names its unitId', { field: 'targets' });
      const unit = requireActiveUnit(command, target.unitId);
      return { targetId: unit.unitId, kind: 'locality', name: text(target.name) ?? unit.name, unitId: unit.unitId, agencyId: null };
    }
    case 'facility': {
      if (!target.targetId) throw invalid('A facility target needs its own targetId, kept the same across inspections', { field: 'targets' });
      requireSlug(target.targetId, 'targets.targetId');
      const name = text(target.name);
      if (!name) throw invalid(`Facility ${target.targetId} needs a name`, { field: 'targets' });
      if (!target.unitId) throw invalid(`Facility ${target.targetId} needs the unitId of the locality it lies in`, { field: 'targets' });
      const unit = requireActiveUnit(command, target.unitId);
      const operator = target.agencyId ? requireActiveAgency(command, target.agencyId, 'The agency running the facility') : null;
      return { targetId: target.targetId, kind: 'facility', name, unitId: unit.unitId, agencyId: operator?.agencyId ?? null };
    }
  }
}

function requireActiveUnit(command: PlanInspection, unitId: string) {
  const unit = command.units[unitId];
  if (!unit) throw notFound(`Administrative unit ${unitId} does not exist`);
  if (unit.status !== 'active') throw invalid(`Administrative unit ${unitId} no longer exists`);
  return unit;
}

function text(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function documentReference(document: DocumentReference, field: string): DocumentReference {
  return {
    number: text(document.number),
    title: requireText(document.title, `${field}.title`, 300),
    contentHash: document.contentHash === null ? null : requireContentHash(document.contentHash, `${field}.contentHash`),
  };
}
