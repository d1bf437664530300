import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { appraised, drafted, inProgress, issue, issued } from '../../testing/conclusion-fixtures';
import { recommendationIssued } from '../../testing/follow-up-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: conclusion (draft → appraised → issued)', () => {
  it('given a draft, when issued without appraisal, then CONFLICT: the 2025 law requires thẩm định first', () =>
    spec
      .given([...inProgress, drafted])
      .when(issue())
      .thenRefuses('CONFLICT', /must be appraised \(thẩm định\) before it is issued; it is a draft/));

  it('given no draft, when issued, then CONFLICT', () =>
    spec
      .given(inProgress)
      .when(issue())
      .thenRefuses('CONFLICT', /not drafted/));

  it('given an appraised draft, when issued with its number, then ConclusionIssued', () =>
    spec
      .given([...inProgress, drafted, appraised])
      .when(issue())
      .then([issued]));

  it('given an appraised draft, when the number is not a document number, then BAD_USER_INPUT', () =>
    spec
      .given([...inProgress, drafted, appraised])
      .when(issue({ conclusionNumber: 'kết luận' }))
      .thenRefuses('BAD_USER_INPUT', /15\/KL-TTr/));

  it('given an issued conclusion, when issued again, then CONFLICT', () =>
    spec
      .given([...inProgress, drafted, appraised, issued])
      .when(issue())
      .thenRefuses('CONFLICT', /already issued/));

  it('given recommendations and a redraft, when issued, then ConclusionIssued (published) carries the last draft’s summary and the recommendations in the order issued', () => {
    const recommendation = (recommendationId: string) =>
      ({ ...recommendationIssued, data: { ...(recommendationIssued.data as object), recommendationId } }) as InspectionEvent;
    const redrafted = { ...drafted, data: { ...(drafted.data as object), summary: 'Bản dự thảo thứ hai', draftedOn: '2024-06-22' } } as InspectionEvent;
    spec
      .given([...inProgress, recommendation('kn-b'), recommendation('kn-a'), drafted, redrafted, appraised])
      .when(issue())
      .then([{ ...issued, data: { ...(issued.data as object), summary: 'Bản dự thảo thứ hai', recommendationIds: ['kn-b', 'kn-a'] } } as InspectionEvent]);
  });
});
