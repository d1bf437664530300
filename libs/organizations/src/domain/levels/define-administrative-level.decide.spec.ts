import { deciderSpec } from '@cpp/eventsourcing/testing';
import { levelsDecider } from './levels.decider';
import { district } from './testing/fixtures';

const spec = deciderSpec(levelsDecider);

describe('defining an administrative level', () => {
  it('given no levels, when a level is defined, then AdministrativeLevelDefined', () =>
    spec.given([]).when({ type: 'DefineAdministrativeLevel', levelCode: 'district', name: 'Huyện', rank: 3 }).then([district]));
  it('given a level, when another level takes its rank, then CONFLICT', () =>
    spec
      .given([district])
      .when({ type: 'DefineAdministrativeLevel', levelCode: 'ward', name: 'Phường', rank: 3 })
      .thenRefuses('CONFLICT', /rank 3/));
});
