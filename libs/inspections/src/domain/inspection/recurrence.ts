import { Conformity } from '../vocabulary';
import { EarlierNonconformity } from './events';

/**
 * The recurring-finding rule, whole: a nonconformity recurs when an earlier inspection found a
 * nonconformity on the same target and the same criterion of the outline, observed on or
 * before this one; it repeats the latest such (on the same day, the one recorded last). A
 * conformity repeats nothing: the earlier shortcoming was corrected. The handlers hand over
 * what is on record for the target and criterion; everything else is decided here.
 */
export interface FindingOnRecord {
  inspectionId: string;
  findingId: string;
  targetId: string;
  criterionCode: string;
  observedOn: string;
  conformity: Conformity;
}

export type FindingJudged = Omit<FindingOnRecord, 'findingId'>;

/** `onRecord` in the order the findings were recorded. */
export function recurrenceOf(finding: FindingJudged, onRecord: readonly FindingOnRecord[]): EarlierNonconformity | null {
  if (finding.conformity !== 'nonconforming') return null;
  let repeated: FindingOnRecord | null = null;
  for (const earlier of onRecord) {
    if (!repeats(finding, earlier)) continue;
    if (repeated === null || earlier.observedOn >= repeated.observedOn) repeated = earlier;
  }
  return repeated && { inspectionId: repeated.inspectionId, findingId: repeated.findingId, observedOn: repeated.observedOn };
}

function repeats(finding: FindingJudged, earlier: FindingOnRecord): boolean {
  return (
    earlier.conformity === 'nonconforming' &&
    earlier.targetId === finding.targetId &&
    earlier.criterionCode === finding.criterionCode &&
    earlier.inspectionId !== finding.inspectionId &&
    earlier.observedOn <= finding.observedOn
  );
}
