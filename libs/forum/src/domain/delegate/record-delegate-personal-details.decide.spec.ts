import { sealWith } from '@cpp/eventsourcing';
import { deciderSpec } from '@cpp/eventsourcing/testing';
import { organiserOfficer, selected, SUBJECT } from '../testing/forum-fixtures';
import { delegateDecider } from './delegate.decider';

const spec = deciderSpec(delegateDecider);
const key = Buffer.alloc(32, 7);
const name = sealWith(key, SUBJECT, 'name', 'Hoàng Thị Lan');
const record = (details: Record<string, unknown>) => ({
  type: 'RecordDelegatePersonalDetails' as const,
  delegateId: selected.data.delegateId,
  details: details as never,
  recordedOn: '2019-05-22',
  requester: organiserOfficer,
});
const consent = (givenBy: 'child' | 'guardian') => ({
  type: 'DelegateConsentGiven' as const,
  data: { delegateId: selected.data.delegateId, subjectId: SUBJECT, givenBy, consentReference: 'PDY-2019-01', givenOn: '2019-05-21' },
});

describe('RecordDelegatePersonalDetails', () => {
  it('with both consents, records the sealed name', () => {
    spec
      .given([selected, consent('child'), consent('guardian')])
      .when(record({ name }))
      .then([
        {
          type: 'DelegatePersonalDetailsRecorded',
          data: { delegateId: selected.data.delegateId, subjectId: SUBJECT, details: { name }, recordedOn: '2019-05-22' },
        },
      ]);
  });
  it('without the guardian’s consent, or the child’s from 7, it is refused', () => {
    spec
      .given([selected, consent('child')])
      .when(record({ name }))
      .thenRefuses('FORBIDDEN', /guardian/);
    spec
      .given([selected, consent('guardian')])
      .when(record({ name }))
      .thenRefuses('FORBIDDEN', /child/);
    spec
      .given([selected])
      .when(record({ name }))
      .thenRefuses('FORBIDDEN', /guardian’s and the child’s/);
  });
  it('a child under 7 needs the guardian’s consent alone', () => {
    const young = { ...selected, data: { ...selected.data, ageBand: 'under-7' as const } };
    spec
      .given([young, consent('guardian')])
      .when(record({ name }))
      .then([
        {
          type: 'DelegatePersonalDetailsRecorded',
          data: { delegateId: selected.data.delegateId, subjectId: SUBJECT, details: { name }, recordedOn: '2019-05-22' },
        },
      ]);
  });
  it('refuses a name in clear, a value sealed for someone else, and fields it does not declare', () => {
    const given = [selected, consent('child'), consent('guardian')];
    spec
      .given(given)
      .when(record({ name: 'Hoàng Thị Lan' }))
      .thenRefuses('BAD_USER_INPUT', /sealed/);
    spec
      .given(given)
      .when(record({ name: sealWith(key, `ds-${'b'.repeat(32)}`, 'name', 'X') }))
      .thenRefuses('BAD_USER_INPUT', /sealed/);
    spec
      .given(given)
      .when(record({ nationalId: sealWith(key, SUBJECT, 'nationalId', '0123') }))
      .thenRefuses('BAD_USER_INPUT', /no personal field/);
  });
});
