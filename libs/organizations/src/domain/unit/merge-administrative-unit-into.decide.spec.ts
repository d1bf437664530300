import { deciderSpec } from '@cpp/eventsourcing/testing';
import { established } from './testing/fixtures';
import { unitDecider } from './unit.decider';

const spec = deciderSpec(unitDecider);

describe('merging an administrative unit into its successor', () => {
  it('given an established unit, when merged into an active successor, then AdministrativeUnitMergedInto', () =>
    spec
      .given([established])
      .when({
        type: 'MergeAdministrativeUnitInto',
        unitId: 'soc-trang',
        successor: { unitId: 'can-tho', status: 'active', levelRank: 2 },
        successorUnitId: 'can-tho',
        effectiveFrom: '2025-07-01',
        decision: '202/2025/QH15',
      })
      .then([
        {
          type: 'AdministrativeUnitMergedInto',
          data: { unitId: 'soc-trang', successorUnitId: 'can-tho', effectiveFrom: '2025-07-01', decision: '202/2025/QH15' },
        },
      ]));
});
