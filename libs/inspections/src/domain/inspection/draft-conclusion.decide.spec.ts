import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { outsider, planned } from '../../testing/inspection-fixtures';
import { appraised, draft, drafted, inProgress, issue, issued } from '../../testing/conclusion-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: conclusion (draft → appraised → issued)', () => {
  it('given a started inspection, when the team drafts the conclusion, then ConclusionDrafted', () => spec.given(inProgress).when(draft()).then([drafted]));

  it('given a planned inspection, when a conclusion is drafted, then CONFLICT', () =>
    spec
      .given([planned])
      .when(draft())
      .thenRefuses('CONFLICT', /not started/));

  it('given a started inspection, when someone outside the team drafts, then FORBIDDEN', () =>
    spec
      .given(inProgress)
      .when(draft({ by: outsider }))
      .thenRefuses('FORBIDDEN'));

  it('given an appraised draft, when redrafted, then the new draft must be appraised again', () => {
    spec
      .given([...inProgress, drafted, appraised])
      .when(draft({ draftedOn: '2024-06-26' }))
      .then([{ ...drafted, data: { ...(drafted.data as object), draftedOn: '2024-06-26' } } as InspectionEvent]);
    spec
      .given([...inProgress, drafted, appraised, { ...drafted, data: { ...(drafted.data as object), draftedOn: '2024-06-26' } } as InspectionEvent])
      .when(issue())
      .thenRefuses('CONFLICT', /a draft/);
  });

  it('given an issued conclusion, when redrafted, then CONFLICT', () =>
    spec
      .given([...inProgress, drafted, appraised, issued])
      .when(draft())
      .thenRefuses('CONFLICT', /already issued/));
});
