import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { closed, recommendationIssued, reopen, reopened, reported, withFindings } from '../../testing/follow-up-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: recommendations and their follow-up', () => {
  describe('verifying: closed or reopened', () => {
    it('given a closed recommendation, when the action did not hold, then RecommendationReopened (published) with a new deadline', () =>
      spec
        .given([...withFindings, recommendationIssued, reported, closed])
        .when(reopen())
        .then([reopened]));

    it('given a reported action, when verification finds it ineffective, then it is reopened', () =>
      spec
        .given([...withFindings, recommendationIssued, reported])
        .when(reopen({ reopenedOn: '2024-10-01' }))
        .then([{ ...reopened, data: { ...reopened.data, reopenedOn: '2024-10-01' } } as InspectionEvent]));

    it('given an open recommendation, when reopened, then CONFLICT', () =>
      spec
        .given([...withFindings, recommendationIssued])
        .when(reopen())
        .thenRefuses('CONFLICT', /only a reported or closed one/));

    it('given a closed recommendation, when the new deadline is not after the reopening, then BAD_USER_INPUT', () =>
      spec
        .given([...withFindings, recommendationIssued, reported, closed])
        .when(reopen({ newDueDate: '2024-11-30' }))
        .thenRefuses('BAD_USER_INPUT', /new deadline/));
  });
});
