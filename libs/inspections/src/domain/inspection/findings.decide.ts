import { isDeepStrictEqual } from 'node:util';
import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { EarlierNonconformity, Evidence, FindingContent, InspectionEvent } from '../events';
import { CONFORMITIES, SEVERITIES } from '../vocabulary';
import { requireContentHash, requireFieldworkOpen, requireInspection, requireNotBefore, requireOneOf, requireSlug, requireTeamMember, requireText } from './guards';
import { FindingInput, RecordFinding, ReviseFinding } from './inspection.commands';
import { FindingState, InspectionState } from './inspection.state';

const MAX_EVIDENCE = 20;

export function decideRecordFinding(command: RecordFinding, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'record its findings');
  const startedOn = requireFieldworkOpen(inspection, 'record findings');
  requireSlug(command.findingId, 'findingId');
  if (inspection.findings[command.findingId]) throw conflict(`Finding ${command.findingId} is already recorded; revise it instead`);
  if (!inspection.targets[command.targetId]) throw invalid(`${command.targetId} is not a target of inspection ${command.inspectionId}`, { field: 'targetId' });
  requireSlug(command.criterionCode, 'criterionCode');
  requireNotBefore(command.observedOn, 'observedOn', startedOn, 'the start of the inspection');
  const content = findingContent(command, { inspectionId: command.inspectionId, observedOn: command.observedOn });
  return [
    {
      type: 'FindingRecorded',
      data: {
        inspectionId: command.inspectionId,
        findingId: command.findingId,
        targetId: command.targetId,
        criterionCode: command.criterionCode,
        observedOn: command.observedOn,
        ...content,
        recordedBy: command.by.subject,
      },
    },
  ];
}

/**
 * An edit names the revision it read: when another member edited the finding in between,
 * the edit is refused rather than silently overwriting theirs.
 */
export function decideReviseFinding(command: ReviseFinding, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'revise its findings');
  requireFieldworkOpen(inspection, 'revise findings');
  const finding = inspection.findings[command.findingId];
  if (!finding) throw notFound(`Finding ${command.findingId} is not recorded in inspection ${command.inspectionId}`);
  if (command.expectedRevision !== finding.revision) {
    throw conflict(`Finding ${command.findingId} is at revision ${finding.revision}, not ${command.expectedRevision}: someone else changed it; reload and try again`, {
      currentRevision: finding.revision,
    });
  }
  const content = findingContent(command, { inspectionId: command.inspectionId, observedOn: finding.observedOn });
  if (sameContent(finding, content)) return [];
  return [
    {
      type: 'FindingRevised',
      data: { inspectionId: command.inspectionId, findingId: command.findingId, ...content, revision: finding.revision + 1, revisedBy: command.by.subject },
    },
  ];
}

function findingContent(input: FindingInput & { earlierNonconformity: EarlierNonconformity | null }, finding: { inspectionId: string; observedOn: string }): FindingContent {
  requireOneOf(input.conformity, CONFORMITIES, 'conformity');
  if (input.conformity === 'nonconforming') {
    if (input.severity === null) throw invalid('A nonconformity needs a severity', { field: 'severity' });
    requireOneOf(input.severity, SEVERITIES, 'severity');
  } else if (input.severity !== null) {
    throw invalid('A conformity has no severity', { field: 'severity' });
  }
  return {
    criterion: requireText(input.criterion, 'criterion', 500),
    legalBasis: requireText(input.legalBasis, 'legalBasis', 500),
    conformity: input.conformity,
    severity: input.severity,
    description: requireText(input.description, 'description', 4000),
    evidence: evidence(input.evidence),
    recurrenceOf: recurrence(input, finding),
  };
}

/** A nonconformity repeats an earlier one when another, earlier inspection found the same on the same target and criterion. */
function recurrence(input: { conformity: string; earlierNonconformity: EarlierNonconformity | null }, finding: { inspectionId: string; observedOn: string }): EarlierNonconformity | null {
  const earlier = input.earlierNonconformity;
  if (input.conformity !== 'nonconforming' || earlier === null) return null;
  if (earlier.inspectionId === finding.inspectionId || earlier.observedOn > finding.observedOn) return null;
  return earlier;
}

function evidence(items: Evidence[]): Evidence[] {
  if (items.length > MAX_EVIDENCE) throw invalid(`A finding refers to at most ${MAX_EVIDENCE} pieces of evidence`, { field: 'evidence' });
  return items.map((item) => ({ title: requireText(item.title, 'evidence.title', 300), contentHash: requireContentHash(item.contentHash, 'evidence.contentHash') }));
}

function sameContent(finding: FindingState, content: FindingContent): boolean {
  const { criterion, legalBasis, conformity, severity, description, evidence, recurrenceOf } = finding;
  return isDeepStrictEqual({ criterion, legalBasis, conformity, severity, description, evidence, recurrenceOf }, content);
}
