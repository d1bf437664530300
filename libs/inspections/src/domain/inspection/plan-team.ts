import { invalid } from '@cpp/eventsourcing';
import { TEAM_ROLES } from '../vocabulary';
import { requireDistinct, requireOneOf, requireText } from '../values';
import { PlanInspection } from './commands';
import { TeamMember } from './events';

const MAX_MEMBERS = 30;

/** Named members, one head (trưởng đoàn), at most one secretary, each sent by the lead or a member agency. */
export function planTeam(command: PlanInspection): TeamMember[] {
  const members = command.members.map((member) => ({
    subject: requireText(member.subject, 'members.subject', 200),
    name: requireText(member.name, 'members.name', 200),
    agencyId: member.agencyId,
    role: member.role,
  }));
  if (members.length === 0 || members.length > MAX_MEMBERS) throw invalid(`A team has 1 to ${MAX_MEMBERS} members`, { field: 'members' });
  requireDistinct(
    members.map((member) => member.subject),
    'members',
  );
  const agencies = [command.leadAgencyId, ...command.memberAgencyIds];
  for (const member of members) {
    requireOneOf(member.role, TEAM_ROLES, 'members.role');
    if (!agencies.includes(member.agencyId))
      throw invalid(`Member ${member.name} is sent by ${member.agencyId}, which is neither the lead nor a member agency`, { field: 'members' });
  }
  if (members.filter((member) => member.role === 'head').length !== 1) throw invalid('A team has exactly one head (trưởng đoàn)', { field: 'members' });
  if (members.filter((member) => member.role === 'secretary').length > 1) throw invalid('A team has at most one secretary', { field: 'members' });
  return members;
}
