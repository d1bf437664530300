import { Decider } from '@cpp/eventsourcing';
import { decideAcceptDonation } from './accept-donation.decide';
import { decideCheckDonatedGoods } from './check-donated-goods.decide';
import { FundCommand } from './commands';
import { decideDiscloseFundUse } from './disclose-fund-use.decide';
import { decideDistributeFromFund } from './distribute-from-fund.decide';
import { FundEvent } from './events';
import { decideOpenFund } from './open-fund.decide';
import { decideRecordDonation } from './record-donation.decide';
import { FundState, evolveFund, initialFundState } from './state';
import { decideSuspendDonation } from './suspend-donation.decide';

/** A fund and every donation into it and distribution out of it: one stream, so no balance can go negative. */
export const fundDecider: Decider<FundCommand, FundEvent, FundState> = {
  initialState: initialFundState,
  evolve: evolveFund,
  decide(command, state) {
    switch (command.type) {
      case 'OpenFund':
        return decideOpenFund(command, state);
      case 'RecordDonation':
        return decideRecordDonation(command, state);
      case 'AcceptDonation':
        return decideAcceptDonation(command, state);
      case 'SuspendDonation':
        return decideSuspendDonation(command, state);
      case 'CheckDonatedGoods':
        return decideCheckDonatedGoods(command, state);
      case 'DistributeFromFund':
        return decideDistributeFromFund(command, state);
      case 'DiscloseFundUse':
        return decideDiscloseFundUse(command, state);
    }
  },
};
