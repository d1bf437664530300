import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '@cpp/eventsourcing';
import { GrantAccessCommand } from '@cpp/access';
import { demoPeople } from './access.demo';
import { DEMO_EFFECTIVE_FROM } from './organizations.demo';
import { DemoSeed } from './demo-seeder';

/** The demo people's grants, from the day the demo chart takes effect. */
export function accessSeed(commands: CommandBus): DemoSeed {
  return {
    name: 'grants',
    async seed(context: CommandContext) {
      for (const person of demoPeople) {
        for (const [index, grant] of person.grants.entries()) {
          const payload = { grantId: `demo-${person.subject}-${index + 1}`, subject: person.subject, ...grant, validFrom: DEMO_EFFECTIVE_FROM, validTo: null };
          await commands.execute(new GrantAccessCommand(payload, context));
        }
      }
    },
  };
}
