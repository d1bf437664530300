import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { acceptor, accepted, cashRecorded, FUND, opened, recorder, superior } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('accepting a donation', () => {
  const command = { type: 'AcceptDonation' as const, fundId: FUND, requester: acceptor, donationId: 'ts-1', acceptedOn: '2026-02-05' };

  it('is done by another officer of the managing agency than the one who recorded it', () => {
    spec.given([opened, cashRecorded()]).when(command).then([accepted()]);
    spec
      .given([opened, cashRecorded()])
      .when({ ...command, requester: recorder })
      .thenRefuses('FORBIDDEN', /another officer must accept/);
  });

  it('by the managing agency only, once, and by a person', () => {
    spec
      .given([opened, cashRecorded()])
      .when({ ...command, requester: superior })
      .thenRefuses('FORBIDDEN');
    spec.given([opened, cashRecorded(), accepted()]).when(command).thenRefuses('CONFLICT');
    spec
      .given([opened, cashRecorded()])
      .when({ ...command, requester: { subject: null, agencyId: 'phong-ldtbxh-son-duong', roles: [] } })
      .thenRefuses('FORBIDDEN', /named officer/);
    spec.given([opened]).when(command).thenRefuses('NOT_FOUND');
  });
});
