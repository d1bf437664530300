import { CommandBus } from '@nestjs/cqrs';
import { CommandContext, Requester } from '@cpp/eventsourcing';
import {
  AcceptDonationCommand,
  AllocateBudgetCommand,
  CheckDonatedGoodsCommand,
  ConfirmTreasuryDisbursementCommand,
  ConsolidateEstimateCommand,
  DecideEstimateCommand,
  DistributeFromFundCommand,
  OpenFundCommand,
  ProposeEstimateCommand,
  RecordCommitmentCommand,
  RecordDonationCommand,
} from '@cpp/funding';
import { RegisterAgencyCommand } from '@cpp/organizations';
import { DemoSeed } from './demo-seeder';
import { DEMO_EFFECTIVE_FROM } from './organizations.demo';
import {
  DEMO_CHILD_PROTECTION_FUND,
  DEMO_FUND,
  DEMO_FUNDING_NOTICE,
  demoChildProtectionGift,
  demoDistributions,
  demoDonations,
  demoFinanceAgencies,
  demoLines,
} from './funding.demo';

const officer = (agencyId: string, subject = `demo-${agencyId}`): Requester => ({ subject, agencyId, roles: ['agency-officer'] });
/** The Treasury's finance system: its agency, no person. */
const treasury = (agencyId: string): Requester => ({ subject: null, agencyId, roles: [] });

/** Budget lines through their cycle and a donation campaign, each step by the agency whose act it is. */
export function fundingSeed(commands: CommandBus): DemoSeed {
  return {
    name: `funding (${DEMO_FUNDING_NOTICE})`,
    async seed(context: CommandContext) {
      for (const agency of demoFinanceAgencies) await commands.execute(new RegisterAgencyCommand({ ...agency, effectiveFrom: DEMO_EFFECTIVE_FROM }, context));
      for (const line of demoLines) {
        const { lineId, fiscalYear } = line;
        const before = `${fiscalYear - 1}`;
        const unit = officer(line.agencyId);
        const finance = officer(line.financeAgencyId, `demo-finance-${line.financeAgencyId}`);
        const { proposed, consolidated, decided, allocated, commitments, payments, ...fields } = line;
        await commands.execute(new ProposeEstimateCommand({ ...fields, amount: proposed, proposedOn: `${before}-07-15` }, context, unit));
        if (consolidated)
          await commands.execute(new ConsolidateEstimateCommand({ lineId, amount: consolidated, consolidatedOn: `${before}-10-01` }, context, finance));
        if (decided) await commands.execute(new DecideEstimateCommand({ lineId, ...decided, decidedOn: `${before}-12-10` }, context, finance));
        if (allocated)
          await commands.execute(
            new AllocateBudgetCommand({ lineId, entryId: 'giao-du-toan', ...allocated, allocatedOn: `${before}-12-20` }, context, finance),
          );
        for (const commitment of commitments) await commands.execute(new RecordCommitmentCommand({ lineId, ...commitment }, context, unit));
        for (const payment of payments)
          await commands.execute(new ConfirmTreasuryDisbursementCommand({ lineId, ...payment }, context, treasury(line.treasuryAgencyId)));
      }
      const { fundId } = DEMO_FUND;
      const recorder = officer(DEMO_FUND.managingAgencyId, 'demo-can-bo-tiep-nhan');
      const acceptor = officer(DEMO_FUND.managingAgencyId, 'demo-truong-phong');
      await commands.execute(new OpenFundCommand(DEMO_FUND, context, acceptor));
      for (const donation of demoDonations) {
        await commands.execute(new RecordDonationCommand({ fundId, purpose: DEMO_FUND.purposes[0], ...donation }, context, recorder));
        await commands.execute(new AcceptDonationCommand({ fundId, donationId: donation.donationId, acceptedOn: donation.receivedOn }, context, acceptor));
        if (donation.form === 'in-kind')
          await commands.execute(
            new CheckDonatedGoodsCommand(
              { fundId, donationId: donation.donationId, outcome: 'meets-standards', note: null, checkedOn: donation.receivedOn },
              context,
              acceptor,
            ),
          );
      }
      for (const distribution of demoDistributions)
        await commands.execute(new DistributeFromFundCommand({ fundId, purpose: DEMO_FUND.purposes[0], ...distribution }, context, acceptor));
      const cpf = DEMO_CHILD_PROTECTION_FUND;
      await commands.execute(new OpenFundCommand(cpf, context, officer(cpf.managingAgencyId)));
      await commands.execute(
        new RecordDonationCommand(
          { fundId: cpf.fundId, purpose: cpf.purposes[0], ...demoChildProtectionGift },
          context,
          officer(cpf.managingAgencyId, 'demo-ke-toan-quy'),
        ),
      );
    },
  };
}
