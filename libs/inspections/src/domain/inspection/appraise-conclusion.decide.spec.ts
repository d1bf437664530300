import { deciderSpec } from '@cpp/eventsourcing/testing';
import { head } from '../../testing/inspection-fixtures';
import { appraise, appraised, drafted, inProgress } from '../../testing/conclusion-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: conclusion (draft → appraised → issued)', () => {
  it('given a draft, when someone outside the team appraises it, then ConclusionAppraised', () =>
    spec
      .given([...inProgress, drafted])
      .when(appraise())
      .then([appraised]));

  it('given a draft, when a team member appraises it, then FORBIDDEN: the appraisal is independent', () =>
    spec
      .given([...inProgress, drafted])
      .when(appraise({ by: head }))
      .thenRefuses('FORBIDDEN', /own conclusion/));

  it('given a draft, when an agency system with no person behind it appraises it, then FORBIDDEN: an appraisal is signed', () =>
    spec
      .given([...inProgress, drafted])
      .when(appraise({ by: { subject: null, agencyId: 'ubnd-soc-trang', roles: [] } }))
      .thenRefuses('FORBIDDEN', /by a person/));

  it('given no draft, when appraised, then CONFLICT', () =>
    spec
      .given(inProgress)
      .when(appraise())
      .thenRefuses('CONFLICT', /no draft/));

  it('given a draft, when appraised before it was drafted, then BAD_USER_INPUT', () =>
    spec
      .given([...inProgress, drafted])
      .when(appraise({ appraisedOn: '2024-06-20' }))
      .thenRefuses('BAD_USER_INPUT', /before the draft/));
});
