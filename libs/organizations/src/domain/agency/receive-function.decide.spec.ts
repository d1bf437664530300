import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyDecider } from './agency.decider';
import { registered } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);

describe('a split of functions, on the receiving agency', () => {
  it('given an agency holding a function, when it receives it again, then CONFLICT', () =>
    spec
      .given([registered])
      .when({ type: 'ReceiveFunction', agencyId: 'so-y-te-soc-trang', function: 'health', fromAgencyId: 'x', effectiveFrom: '2025-03-01', decision: null })
      .thenRefuses('CONFLICT'));
});
