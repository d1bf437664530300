import type { AgencyEvent } from '@cpp/organizations';
import { handOverOpenWork, handOversOf, passObligationOn, passTaskOn } from './merger-hand-over.policy';
import { directory, merged, NONE_GONE } from './testing/former-agencies';

const at = { effectiveFrom: '2025-03-01', decision: '12/NQ-HĐND' };
const event = (type: AgencyEvent['type'], data: object) => ({ type, data: { ...at, ...data } }) as AgencyEvent;

describe('the merger hand-over', () => {
  describe('which hand-overs an organisation chart event causes', () => {
    it('given a merger, when the predecessor is merged into its successor, then its work passes on', () =>
      expect(handOversOf(event('AgencyMergedInto', { agencyId: 'so-ldtbxh', successorAgencyId: 'so-noi-vu' }))).toEqual([
        { fromAgencyId: 'so-ldtbxh', toAgencyId: 'so-noi-vu', reason: 'merger', ...at },
      ]));
    it('given a successor absorbing two predecessors, then each predecessor hands over', () =>
      expect(
        handOversOf(event('AgencyAbsorbedPredecessors', { agencyId: 'so-y-te', predecessorAgencyIds: ['a', 'b'], functions: [] })).map((h) => h.fromAgencyId),
      ).toEqual(['a', 'b']));
    it('given a dissolution into a successor, then a dissolution hand-over', () =>
      expect(handOversOf(event('AgencyDissolved', { agencyId: 'a', successorAgencyId: 'b' }))).toEqual([
        { fromAgencyId: 'a', toAgencyId: 'b', reason: 'dissolution', ...at },
      ]));
    it('given a dissolution without successor, then no hand-over', () =>
      expect(handOversOf(event('AgencyDissolved', { agencyId: 'a', successorAgencyId: null }))).toEqual([]));
    it('given the child-protection function transferred, then a function-transfer hand-over', () =>
      expect(handOversOf(event('AgencyFunctionTransferred', { agencyId: 'a', toAgencyId: 'b', function: 'child-protection' }))).toEqual([
        { fromAgencyId: 'a', toAgencyId: 'b', reason: 'function-transfer', ...at },
      ]));
    it('given another function transferred, then no hand-over', () =>
      expect(handOversOf(event('AgencyFunctionTransferred', { agencyId: 'a', toAgencyId: 'b', function: 'education' }))).toEqual([]));
    it('given a rename, then no hand-over', () => expect(handOversOf(event('AgencyRenamed', { agencyId: 'a', name: 'Sở mới' }))).toEqual([]));
  });

  it('given open obligations and tasks, when handed over, then one reassignment on each stream', () => {
    const handOver = { fromAgencyId: 'a', toAgencyId: 'b', reason: 'merger' as const, ...at };
    expect(handOverOpenWork(handOver, { obligationIds: ['o1'], taskIds: ['t1', 't2'] })).toEqual([
      { aggregate: 'obligation', command: { type: 'ReassignObligation', obligationId: 'o1', fromAgencyId: 'a', toAgencyId: 'b', reason: 'merger', ...at } },
      { aggregate: 'task', command: { type: 'ReassignTask', taskId: 't1', fromAgencyId: 'a', toAgencyId: 'b', reason: 'merger', ...at } },
      { aggregate: 'task', command: { type: 'ReassignTask', taskId: 't2', fromAgencyId: 'a', toAgencyId: 'b', reason: 'merger', ...at } },
    ]);
  });

  describe('work opened later for an agency already gone', () => {
    const gone = directory(merged('a', 'b'));
    it('given a merged assignee, when an obligation is opened for it, then it passes straight on', () =>
      expect(passObligationOn('o1', 'a', gone)).toEqual([
        { aggregate: 'obligation', command: { type: 'ReassignObligation', obligationId: 'o1', fromAgencyId: 'a', toAgencyId: 'b', reason: 'merger', ...at } },
      ]));
    it('given a merged assignee, when a task is assigned to it, then it passes straight on', () =>
      expect(passTaskOn('t1', 'a', gone)).toEqual([
        { aggregate: 'task', command: { type: 'ReassignTask', taskId: 't1', fromAgencyId: 'a', toAgencyId: 'b', reason: 'merger', ...at } },
      ]));
    it('given an active assignee, then it stays', () => {
      expect(passObligationOn('o1', 'a', NONE_GONE)).toEqual([]);
      expect(passTaskOn('t1', 'a', NONE_GONE)).toEqual([]);
    });
  });
});
