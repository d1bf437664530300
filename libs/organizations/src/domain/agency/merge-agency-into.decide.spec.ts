import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyDecider } from './agency.decider';
import { merged, registered } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);

describe('a merger, on each predecessor: merging into the successor', () => {
  it('given an active predecessor, when merged into another agency, then AgencyMergedInto', () =>
    spec
      .given([registered])
      .when({ type: 'MergeAgencyInto', agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-y-te-can-tho', effectiveFrom: '2025-07-01', decision: null })
      .then([merged]));
});
