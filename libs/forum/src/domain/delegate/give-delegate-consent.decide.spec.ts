import { deciderSpec } from '@cpp/eventsourcing/testing';
import { organiserOfficer, selected, SUBJECT } from '../testing/forum-fixtures';
import { delegateDecider } from './delegate.decider';

const spec = deciderSpec(delegateDecider);
const give = (givenBy: string) => ({
  type: 'GiveDelegateConsent' as const,
  delegateId: selected.data.delegateId,
  givenBy,
  consentReference: 'PDY-2019-01',
  givenOn: '2019-05-21',
  requester: organiserOfficer,
});
const given = (givenBy: 'child' | 'guardian') => ({
  type: 'DelegateConsentGiven' as const,
  data: { delegateId: selected.data.delegateId, subjectId: SUBJECT, givenBy, consentReference: 'PDY-2019-01', givenOn: '2019-05-21' },
});

describe('GiveDelegateConsent', () => {
  it('records the child’s and the guardian’s consent, each once', () => {
    spec
      .given([selected])
      .when(give('child'))
      .then([given('child')]);
    spec
      .given([selected])
      .when(give('guardian'))
      .then([given('guardian')]);
    spec
      .given([selected, given('child')])
      .when(give('child'))
      .then([]);
  });
  it('a child under 7 does not consent; the guardian does', () => {
    const young = { ...selected, data: { ...selected.data, ageBand: 'under-7' as const } };
    spec
      .given([young])
      .when(give('child'))
      .thenRefuses('BAD_USER_INPUT', /under 7/);
  });
  it('after a withdrawal there is nothing to consent to', () => {
    spec
      .given([
        selected,
        {
          type: 'DelegateConsentWithdrawn',
          data: { delegateId: selected.data.delegateId, subjectId: SUBJECT, withdrawnBy: 'child', withdrawnOn: '2019-05-25' },
        },
      ])
      .when(give('guardian'))
      .thenRefuses('CONFLICT', /withdrawn/);
  });
});
