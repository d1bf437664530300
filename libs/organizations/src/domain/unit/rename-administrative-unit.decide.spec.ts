import { deciderSpec } from '@cpp/eventsourcing/testing';
import { established, mergedIntoCanTho } from './testing/fixtures';
import { unitDecider } from './unit.decider';

const spec = deciderSpec(unitDecider);

describe('renaming an administrative unit', () => {
  it('given a merged unit, when renamed, then CONFLICT', () =>
    spec
      .given([established, mergedIntoCanTho])
      .when({ type: 'RenameAdministrativeUnit', unitId: 'soc-trang', name: 'X', effectiveFrom: '2026-01-01', decision: null })
      .thenRefuses('CONFLICT', /merged/));
});
