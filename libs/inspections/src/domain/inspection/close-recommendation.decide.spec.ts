import { deciderSpec } from '@cpp/eventsourcing/testing';
import { outsider } from '../../testing/inspection-fixtures';
import { close, closed, recommendationIssued, reported, withFindings } from '../../testing/follow-up-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: recommendations and their follow-up', () => {
  describe('verifying: closed or reopened', () => {
    it('given a reported action, when a team member verifies it effective, then RecommendationClosed (published)', () =>
      spec
        .given([...withFindings, recommendationIssued, reported])
        .when(close())
        .then([closed]));

    it('given a reported action, when someone outside the team closes it, then FORBIDDEN', () =>
      spec
        .given([...withFindings, recommendationIssued, reported])
        .when(close({ by: outsider }))
        .thenRefuses('FORBIDDEN'));

    it('given a reported action, when closed before it was reported, then BAD_USER_INPUT', () =>
      spec
        .given([...withFindings, recommendationIssued, reported])
        .when(close({ closedOn: '2024-09-01' }))
        .thenRefuses('BAD_USER_INPUT', /before the corrective action was reported/));

    it('given a reported action, when closed without saying how it was verified, then BAD_USER_INPUT', () =>
      spec
        .given([...withFindings, recommendationIssued, reported])
        .when(close({ verification: '' }))
        .thenRefuses('BAD_USER_INPUT', /verification/));

    it('given an open recommendation with nothing reported, when closed, then CONFLICT', () =>
      spec
        .given([...withFindings, recommendationIssued])
        .when(close())
        .thenRefuses('CONFLICT', /only a reported corrective action/));
  });
});
