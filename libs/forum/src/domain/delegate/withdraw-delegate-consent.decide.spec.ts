import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, selected, SUBJECT } from '../testing/forum-fixtures';
import { delegateDecider } from './delegate.decider';

const spec = deciderSpec(delegateDecider);
const withdraw = {
  type: 'WithdrawDelegateConsent' as const,
  delegateId: selected.data.delegateId,
  withdrawnBy: 'child',
  withdrawnOn: '2019-06-01',
  requester: agencyOfficer,
};
const withdrawn = {
  type: 'DelegateConsentWithdrawn' as const,
  data: { delegateId: selected.data.delegateId, subjectId: SUBJECT, withdrawnBy: 'child' as const, withdrawnOn: '2019-06-01' },
};

describe('WithdrawDelegateConsent', () => {
  it('the child withdraws, whoever records it', () => {
    spec.given([selected]).when(withdraw).then([withdrawn]);
  });
  it('withdraws once', () => {
    spec.given([selected, withdrawn]).when(withdraw).thenRefuses('CONFLICT');
  });
  it('only the child or the guardian withdraws', () => {
    spec
      .given([selected])
      .when({ ...withdraw, withdrawnBy: 'school' })
      .thenRefuses('BAD_USER_INPUT');
  });
});
