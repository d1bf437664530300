import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyDecider } from './agency.decider';
import { TransferFunction } from './commands';
import { registered } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);
const transfer = (fn: string): TransferFunction => ({
  type: 'TransferFunction',
  agencyId: 'so-y-te-soc-trang',
  function: fn,
  toAgencyId: 'so-ldtbxh-soc-trang',
  effectiveFrom: '2025-03-01',
  decision: null,
});

describe('a split of functions, on the giving agency', () => {
  it('given an agency holding a function, when it transfers it, then AgencyFunctionTransferred', () =>
    spec
      .given([registered])
      .when(transfer('health'))
      .then([
        {
          type: 'AgencyFunctionTransferred',
          data: { agencyId: 'so-y-te-soc-trang', function: 'health', toAgencyId: 'so-ldtbxh-soc-trang', effectiveFrom: '2025-03-01', decision: null },
        },
      ]));
  it('given an agency, when it transfers a function it does not hold, then BAD_USER_INPUT', () =>
    spec
      .given([registered])
      .when(transfer('child-protection'))
      .thenRefuses('BAD_USER_INPUT', /does not hold/));
});
