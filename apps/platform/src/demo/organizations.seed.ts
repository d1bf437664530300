import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '@cpp/eventsourcing';
import { DefineAdministrativeLevelCommand, EstablishAdministrativeUnitCommand, RegisterAgencyCommand } from '@cpp/organizations';
import { DemoSeed } from './demo-seeder';
import { DEMO_EFFECTIVE_FROM, demoAgencies, demoLevels, demoUnits } from './organizations.demo';

export function organizationsSeed(commands: CommandBus): DemoSeed {
  return {
    name: 'organisation chart',
    async seed(context: CommandContext) {
      for (const level of demoLevels) await commands.execute(new DefineAdministrativeLevelCommand(level, context));
      for (const unit of demoUnits) await commands.execute(new EstablishAdministrativeUnitCommand({ ...unit, effectiveFrom: DEMO_EFFECTIVE_FROM }, context));
      for (const agency of demoAgencies) await commands.execute(new RegisterAgencyCommand({ ...agency, effectiveFrom: DEMO_EFFECTIVE_FROM }, context));
    },
  };
}
