import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { FUND, opened, PURPOSE, recorder, superior } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('opening a fund', () => {
  const command = {
    type: 'OpenFund' as const,
    fundId: FUND,
    requester: recorder,
    name: 'Vận động hỗ trợ trẻ em các xã đặc biệt khó khăn',
    kind: 'donation-account',
    managingAgencyId: 'phong-ldtbxh-son-duong',
    superiorAgencyId: 'ubnd-son-duong',
    unitId: 'son-duong',
    purposes: [PURPOSE, 'chung'],
    openedOn: '2026-01-05',
    knownAgencies: { 'phong-ldtbxh-son-duong': true, 'ubnd-son-duong': true },
  };

  it('is opened by its managing agency under a superior, with its purposes', () => {
    spec.given([]).when(command).then([opened]);
  });

  it('refuses another agency, an unknown superior, no purpose and a second opening', () => {
    spec
      .given([])
      .when({ ...command, requester: superior })
      .thenRefuses('FORBIDDEN');
    spec
      .given([])
      .when({ ...command, knownAgencies: { 'phong-ldtbxh-son-duong': true } })
      .thenRefuses('BAD_USER_INPUT', /superiorAgencyId/);
    spec
      .given([])
      .when({ ...command, purposes: [] })
      .thenRefuses('BAD_USER_INPUT', /at least one purpose/);
    spec.given([opened]).when(command).thenRefuses('CONFLICT');
  });
});
