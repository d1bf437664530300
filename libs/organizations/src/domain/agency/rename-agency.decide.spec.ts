import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyDecider } from './agency.decider';
import { merged, registered, rename } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);

describe('renaming an agency', () => {
  it('given a registered agency, when renamed, then AgencyRenamed', () =>
    spec
      .given([registered])
      .when(rename('2020-01-01'))
      .then([
        {
          type: 'AgencyRenamed',
          data: { agencyId: 'so-y-te-soc-trang', name: 'Sở Y tế tỉnh Sóc Trăng', shortName: null, effectiveFrom: '2020-01-01', decision: null },
        },
      ]));
  it('given a registered agency, when renamed to the same name, then nothing happens', () =>
    spec.given([registered]).when(rename('2020-01-01', 'Sở Y tế')).then([]));
  it('given a registered agency, when renamed effective before its last change, then BAD_USER_INPUT', () =>
    spec
      .given([registered])
      .when(rename('2009-12-31'))
      .thenRefuses('BAD_USER_INPUT', /rewrite its history/));
  it('given nothing, when renamed, then NOT_FOUND', () => spec.given([]).when(rename('2020-01-01')).thenRefuses('NOT_FOUND'));
  it('given a merged agency, when renamed, then CONFLICT', () =>
    spec
      .given([registered, merged])
      .when(rename('2026-01-01'))
      .thenRefuses('CONFLICT', /merged/));
});
