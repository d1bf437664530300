import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agency, outsider, planned } from '../../testing/inspection-fixtures';
import { issueRecommendation, recommendationIssued, withFindings } from '../../testing/follow-up-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: recommendations and their follow-up', () => {
  describe('issuing', () => {
    it('given a nonconformity, when a team member issues a recommendation, then RecommendationIssued (published) with the lead agency as issuer', () =>
      spec.given(withFindings).when(issueRecommendation()).then([recommendationIssued]));

    it('given a nonconformity, when someone outside the team issues a recommendation, then FORBIDDEN', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ by: outsider }))
        .thenRefuses('FORBIDDEN'));

    it('given a conformity, when a recommendation answers it, then BAD_USER_INPUT: nothing to correct', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ findingIds: ['f-ho-so'] }))
        .thenRefuses('BAD_USER_INPUT', /conformity/));

    it('given findings, when a recommendation answers an unknown finding, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ findingIds: ['f-nhan-su', 'f-khong-co'] }))
        .thenRefuses('BAD_USER_INPUT', /f-khong-co/));

    it('given findings, when a recommendation answers no finding, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ findingIds: [] }))
        .thenRefuses('BAD_USER_INPUT', /at least one finding/));

    it('given findings, when the responsible agency is not registered, then NOT_FOUND', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ responsibleAgencyId: 'so-ma', responsibleAgency: null }))
        .thenRefuses('NOT_FOUND', /so-ma/));

    it('given findings, when the responsible agency was merged away, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ responsibleAgency: agency('ttbtxh-soc-trang', 'service-provider', 'soc-trang', 'merged') }))
        .thenRefuses('BAD_USER_INPUT', /merged/));

    it('given findings, when the deadline is not after the issue date, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ dueDate: '2024-06-20' }))
        .thenRefuses('BAD_USER_INPUT', /must fall after/));

    it('given findings, when the recommendation is dated before the visit began, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ issuedOn: '2024-06-01' }))
        .thenRefuses('BAD_USER_INPUT', /before the start/));

    it('given findings, when the corrective action is blank, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issueRecommendation({ correctiveAction: ' ' }))
        .thenRefuses('BAD_USER_INPUT', /correctiveAction/));

    it('given an issued recommendation, when the same id is issued again, then CONFLICT', () =>
      spec
        .given([...withFindings, recommendationIssued])
        .when(issueRecommendation())
        .thenRefuses('CONFLICT', /already issued/));

    it('given a planned inspection not started, when a recommendation is issued, then CONFLICT', () =>
      spec
        .given([planned])
        .when(issueRecommendation())
        .thenRefuses('CONFLICT', /has not started/));
  });
});
