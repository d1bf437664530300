import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { head } from '../../testing/inspection-fixtures';
import { closed, recommendationIssued, reopened, report, reported, withFindings } from '../../testing/follow-up-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: recommendations and their follow-up', () => {
  describe('reporting the corrective action', () => {
    it('given an open recommendation, when the responsible agency reports, then CorrectiveActionReported (published)', () =>
      spec
        .given([...withFindings, recommendationIssued])
        .when(report())
        .then([reported]));

    it('given an open recommendation, when another agency reports, then FORBIDDEN', () =>
      spec
        .given([...withFindings, recommendationIssued])
        .when(report({ by: head }))
        .thenRefuses('FORBIDDEN', /Only ttbtxh-soc-trang/));

    it('given a reported recommendation, when reported again, then CONFLICT: it awaits verification', () =>
      spec
        .given([...withFindings, recommendationIssued, reported])
        .when(report())
        .thenRefuses('CONFLICT', /awaits verification/));

    it('given a closed recommendation, when reported, then CONFLICT', () =>
      spec
        .given([...withFindings, recommendationIssued, reported, closed])
        .when(report())
        .thenRefuses('CONFLICT', /is closed/));

    it('given an open recommendation, when the report is dated before the recommendation, then BAD_USER_INPUT', () =>
      spec
        .given([...withFindings, recommendationIssued])
        .when(report({ reportedOn: '2024-06-01' }))
        .thenRefuses('BAD_USER_INPUT', /before the recommendation/));

    it('given an inspection, when an unknown recommendation is reported on, then NOT_FOUND', () =>
      spec
        .given(withFindings)
        .when(report())
        .thenRefuses('NOT_FOUND', /kn-ttbtxh-2024-1/));

    it('given a reopened recommendation, when the responsible agency reports again, then CorrectiveActionReported', () =>
      spec
        .given([...withFindings, recommendationIssued, reported, closed, reopened])
        .when(report({ reportedOn: '2025-03-01', action: 'Đã tuyển và ký hợp đồng dài hạn' }))
        .then([
          {
            type: 'CorrectiveActionReported',
            data: { ...(reported.data as object), action: 'Đã tuyển và ký hợp đồng dài hạn', reportedOn: '2025-03-01' },
          } as InspectionEvent,
        ]));

    it('given a reopened recommendation, when a report is dated before the reopening, then BAD_USER_INPUT', () =>
      spec
        .given([...withFindings, recommendationIssued, reported, closed, reopened])
        .when(report({ reportedOn: '2024-11-01' }))
        .thenRefuses('BAD_USER_INPUT', /issued or reopened/));
  });
});
