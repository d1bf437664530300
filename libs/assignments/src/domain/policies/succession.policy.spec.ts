import { SUCCESSION_LIMIT, successionOf } from './succession.policy';
import { directory, dissolved, merged, NONE_GONE } from './testing/former-agencies';

describe('the succession walk', () => {
  it('given an active agency, when its successor is asked for, then none', () => expect(successionOf('so-y-te-soc-trang', NONE_GONE)).toBeNull());

  it('given an agency merged into an active one, then the work belongs to the successor, as a merger', () =>
    expect(successionOf('so-ldtbxh-soc-trang', directory(merged('so-ldtbxh-soc-trang', 'so-noi-vu-soc-trang')))).toEqual({
      toAgencyId: 'so-noi-vu-soc-trang',
      reason: 'merger',
      effectiveFrom: '2025-03-01',
      decision: '12/NQ-HĐND',
    }));

  it('given two mergers in a row, then the agency that answers today, with the reason and date of the first step', () =>
    expect(successionOf('a', directory(merged('a', 'b', '2024-01-01', 'QĐ 1'), dissolved('b', 'c', '2025-01-01')))).toEqual({
      toAgencyId: 'c',
      reason: 'merger',
      effectiveFrom: '2024-01-01',
      decision: 'QĐ 1',
    }));

  it('given a dissolution into a successor, then a dissolution', () => expect(successionOf('a', directory(dissolved('a', 'b')))?.reason).toBe('dissolution'));

  it('given a dissolution without a successor, then none: nobody inherits the work', () =>
    expect(successionOf('a', directory(dissolved('a', null)))).toBeNull());

  it('given a chain that ends in an agency dissolved without successor, then that agency', () =>
    expect(successionOf('a', directory(merged('a', 'b'), dissolved('b', null)))?.toAgencyId).toBe('b'));

  it('given a cycle in the organisation data, when walked, then it stops and names nobody', () =>
    expect(successionOf('a', directory(merged('a', 'b'), merged('b', 'a')))).toBeNull());

  it(`given a chain longer than ${SUCCESSION_LIMIT} steps, when walked, then it stops after ${SUCCESSION_LIMIT}`, () => {
    const chain = Array.from({ length: 30 }, (_, i) => merged(`a-${i}`, `a-${i + 1}`));
    expect(successionOf('a-0', directory(...chain))?.toAgencyId).toBe(`a-${SUCCESSION_LIMIT}`);
  });
});
