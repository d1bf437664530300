import { isDeepStrictEqual } from 'node:util';
import { invalid } from '@cpp/eventsourcing';
import { CONFORMITIES, SEVERITIES } from '../vocabulary';
import { requireContentHash, requireOneOf, requireText } from '../values';
import { FindingStatement } from './commands';
import { Evidence, FindingContent } from './events';
import { FindingJudged, FindingOnRecord, recurrenceOf } from './recurrence';
import { FindingState } from './state';

const MAX_EVIDENCE = 20;

/** A finding as recorded or revised: a severity exactly for a nonconformity, evidence by hash, and its recurrence judged. */
export function findingContent(statement: FindingStatement, finding: Omit<FindingJudged, 'conformity'>, onRecord: readonly FindingOnRecord[]): FindingContent {
  requireOneOf(statement.conformity, CONFORMITIES, 'conformity');
  if (statement.conformity === 'nonconforming') {
    if (statement.severity === null) throw invalid('A nonconformity needs a severity', { field: 'severity' });
    requireOneOf(statement.severity, SEVERITIES, 'severity');
  } else if (statement.severity !== null) {
    throw invalid('A conformity has no severity', { field: 'severity' });
  }
  return {
    criterion: requireText(statement.criterion, 'criterion', 500),
    legalBasis: requireText(statement.legalBasis, 'legalBasis', 500),
    conformity: statement.conformity,
    severity: statement.severity,
    description: requireText(statement.description, 'description', 4000),
    evidence: evidence(statement.evidence),
    recurrenceOf: recurrenceOf({ ...finding, conformity: statement.conformity }, onRecord),
  };
}

export function sameContent(finding: FindingState, content: FindingContent): boolean {
  const { criterion, legalBasis, conformity, severity, description, evidence, recurrenceOf } = finding;
  return isDeepStrictEqual({ criterion, legalBasis, conformity, severity, description, evidence, recurrenceOf }, content);
}

function evidence(items: Evidence[]): Evidence[] {
  if (items.length > MAX_EVIDENCE) throw invalid(`A finding refers to at most ${MAX_EVIDENCE} pieces of evidence`, { field: 'evidence' });
  return items.map((item) => ({
    title: requireText(item.title, 'evidence.title', 300),
    contentHash: requireContentHash(item.contentHash, 'evidence.contentHash'),
  }));
}
