import { conflict, notFound } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { ReviseFinding } from './commands';
import { findingContent, sameContent } from './finding-content';
import { requireFieldworkOpen, requireInspection, requireTeamMember } from './guards';
import { InspectionState } from './state';

/**
 * An edit names the revision it read: when another member edited the finding in between,
 * the edit is refused rather than silently overwriting theirs.
 */
export function decideReviseFinding(command: ReviseFinding, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  const member = requireTeamMember(inspection, command.by, 'revise its findings');
  requireFieldworkOpen(inspection, 'revise findings');
  const finding = inspection.findings[command.findingId];
  if (!finding) throw notFound(`Finding ${command.findingId} is not recorded in inspection ${command.inspectionId}`);
  if (command.expectedRevision !== finding.revision) {
    throw conflict(
      `Finding ${command.findingId} is at revision ${finding.revision}, not ${command.expectedRevision}: someone else changed it; reload and try again`,
      {
        currentRevision: finding.revision,
      },
    );
  }
  const { targetId, criterionCode, observedOn } = finding;
  const content = findingContent(command, { inspectionId: command.inspectionId, targetId, criterionCode, observedOn }, command.findingsOnRecord);
  if (sameContent(finding, content)) return [];
  return [
    {
      type: 'FindingRevised',
      data: { inspectionId: command.inspectionId, findingId: command.findingId, ...content, revision: finding.revision + 1, revisedBy: member.subject },
    },
  ];
}
