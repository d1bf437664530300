import { deciderSpec } from '@cpp/eventsourcing/testing';
import type { AgencyFact } from './agency-fact';
import { agencyDecider } from './agency.decider';
import { AbsorbPredecessors } from './commands';
import { fact, registered } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);

const absorb = (predecessors: AgencyFact[], predecessorAgencyIds = predecessors.map((p) => p.agencyId)): AbsorbPredecessors => ({
  type: 'AbsorbPredecessors',
  agencyId: 'so-y-te-soc-trang',
  predecessorAgencyIds,
  predecessors,
  effectiveFrom: '2025-07-01',
  decision: '1/QĐ',
});

describe('a merger, on the successor: absorbing the predecessors', () => {
  it('given an active successor, when it absorbs active predecessors, then it takes on their functions', () =>
    spec
      .given([registered])
      .when(absorb([fact('so-a', 'active', ['labour']), fact('so-b', 'active', ['labour', 'child-protection'])]))
      .then([
        {
          type: 'AgencyAbsorbedPredecessors',
          data: {
            agencyId: 'so-y-te-soc-trang',
            predecessorAgencyIds: ['so-a', 'so-b'],
            functions: ['labour', 'child-protection'],
            effectiveFrom: '2025-07-01',
            decision: '1/QĐ',
          },
        },
      ]));
  it('given a successor, when a predecessor is already merged, then CONFLICT', () =>
    spec
      .given([registered])
      .when(absorb([fact('so-a', 'merged')]))
      .thenRefuses('CONFLICT', /already merged/));
  it('given a successor, when it names itself as predecessor, then BAD_USER_INPUT', () =>
    spec
      .given([registered])
      .when(absorb([fact('so-y-te-soc-trang')]))
      .thenRefuses('BAD_USER_INPUT', /itself/));
  it('given a successor, when a predecessor changed after the merger date, then BAD_USER_INPUT', () =>
    spec
      .given([registered])
      .when(absorb([fact('so-a', 'active', [], '2025-09-01')]))
      .thenRefuses('BAD_USER_INPUT', /rewrite/));
  it('given a successor, when a predecessor is named twice, then BAD_USER_INPUT', () =>
    spec
      .given([registered])
      .when(absorb([fact('so-a')], ['so-a', 'so-a']))
      .thenRefuses('BAD_USER_INPUT', /named twice/));
  it('given a successor, when a predecessor is not registered, then NOT_FOUND', () =>
    spec
      .given([registered])
      .when(absorb([fact('so-a')], ['so-a', 'so-khong-co']))
      .thenRefuses('NOT_FOUND', /so-khong-co is not registered/));
  it('given a successor, when no predecessor is named, then BAD_USER_INPUT', () =>
    spec
      .given([registered])
      .when(absorb([]))
      .thenRefuses('BAD_USER_INPUT', /at least one predecessor/));
});
