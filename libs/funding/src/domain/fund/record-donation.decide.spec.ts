import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { DonationRecorded } from './events';
import { cashRecorded, FUND, goodsRecorded, opened, PURPOSE, recorder, superior } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('recording a donation', () => {
  const cash = {
    type: 'RecordDonation' as const,
    fundId: FUND,
    requester: recorder,
    donationId: 'ts-1',
    donor: { kind: 'organisation' as const, name: 'Công ty Điện lực Tuyên Quang', consentToName: true },
    purpose: PURPOSE,
    form: 'cash',
    amount: '50000000',
    items: [],
    receiptMinute: 'BB 01/2026',
    receivedOn: '2026-02-01',
  };
  const goods = {
    ...cash,
    donationId: 'hv-1',
    donor: { kind: 'person' as const, name: null, consentToName: false },
    form: 'in-kind',
    amount: null,
    items: [{ item: 'Áo ấm trẻ em', quantity: 300, unit: 'chiếc', estimatedValue: '45000000' }],
    receiptMinute: 'BB 02/2026',
    receivedOn: '2026-02-03',
  };

  it('records cash from an organisation by name, and goods with quantity, unit and value', () => {
    spec.given([opened]).when(cash).then([cashRecorded()]);
    spec.given([opened]).when(goods).then([goodsRecorded]);
  });

  it('names a person only with their consent', () => {
    spec
      .given([opened])
      .when({ ...cash, donor: { kind: 'person', name: 'Nguyễn Văn A', consentToName: false } })
      .thenRefuses('BAD_USER_INPUT', /only with their consent/);
    const named = { ...cash, donor: { kind: 'person' as const, name: 'Nguyễn Văn A', consentToName: true } };
    const recorded = cashRecorded();
    spec
      .given([opened])
      .when(named)
      .then([
        {
          type: 'DonationRecorded',
          data: { ...(recorded.data as DonationRecorded['data']), donor: { kind: 'person', name: 'Nguyễn Văn A', consentToName: true } },
        },
      ]);
  });

  it('refuses bad amounts, goods without items, an unknown purpose and another agency', () => {
    for (const amount of ['-1', '10.5', '1000000000000001'])
      spec
        .given([opened])
        .when({ ...cash, amount })
        .thenRefuses('BAD_USER_INPUT');
    spec
      .given([opened])
      .when({ ...goods, items: [] })
      .thenRefuses('BAD_USER_INPUT', /lists its items/);
    spec
      .given([opened])
      .when({ ...goods, items: [{ ...goods.items[0], quantity: 1.5 }] })
      .thenRefuses('BAD_USER_INPUT', /quantity/);
    spec
      .given([opened])
      .when({ ...cash, purpose: 'khac' })
      .thenRefuses('BAD_USER_INPUT', /serves/);
    spec
      .given([opened])
      .when({ ...cash, requester: superior })
      .thenRefuses('FORBIDDEN');
    spec.given([opened, cashRecorded()]).when(cash).thenRefuses('CONFLICT');
  });
});
