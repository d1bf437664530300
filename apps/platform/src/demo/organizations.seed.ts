import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '@cpp/eventsourcing';
import { DefineAdministrativeLevel, EstablishAdministrativeUnit, RegisterAgency } from '@cpp/organizations';
import { DemoSeed } from './demo-seeder';
import { DEMO_EFFECTIVE_FROM, demoAgencies, demoLevels, demoUnits } from './organizations.demo';

export function organizationsSeed(commands: CommandBus): DemoSeed {
  return {
    name: 'organisation chart',
    async seed(context: CommandContext) {
      for (const level of demoLevels) await commands.execute(new DefineAdministrativeLevel(level, context));
      for (const unit of demoUnits) await commands.execute(new EstablishAdministrativeUnit({ ...unit, effectiveFrom: DEMO_EFFECTIVE_FROM }, context));
      for (const agency of demoAgencies) await commands.execute(new RegisterAgency({ ...agency, effectiveFrom: DEMO_EFFECTIVE_FROM }, context));
    },
  };
}
