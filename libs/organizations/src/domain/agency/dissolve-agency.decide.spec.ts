import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyDecider } from './agency.decider';
import { fact, registered } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);

describe('dissolving an agency', () => {
  it('given an agency, when dissolved into an unknown successor, then NOT_FOUND', () =>
    spec
      .given([registered])
      .when({ type: 'DissolveAgency', agencyId: 'so-y-te-soc-trang', successorAgencyId: 'x-y', successor: null, effectiveFrom: '2025-03-01', decision: null })
      .thenRefuses('NOT_FOUND'));
  it('given an agency, when dissolved with an active successor, then AgencyDissolved', () =>
    spec
      .given([registered])
      .when({
        type: 'DissolveAgency',
        agencyId: 'so-y-te-soc-trang',
        successorAgencyId: 'so-x',
        successor: fact('so-x'),
        effectiveFrom: '2025-03-01',
        decision: null,
      })
      .then([{ type: 'AgencyDissolved', data: { agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-x', effectiveFrom: '2025-03-01', decision: null } }]));
});
