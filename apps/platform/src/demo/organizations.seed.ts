import { CommandBus } from '@nestjs/cqrs';
import { Clock, CommandContext, localDateAt } from '@cpp/eventsourcing';
import {
  DefineAdministrativeLevelCommand,
  DissolveAgencyCommand,
  EstablishAdministrativeUnitCommand,
  MergeAdministrativeUnitsCommand,
  MergeAgenciesCommand,
  RegisterAgencyCommand,
  RetireAdministrativeLevelCommand,
  TransferAgencyFunctionCommand,
} from '@cpp/organizations';
import { DemoSeed } from './demo-seeder';
import { DEMO_EFFECTIVE_FROM, demoAgencies, demoLevels, demoUnits } from './organizations.demo';
import { agenciesBefore2025, BEFORE_2025_FROM, reorganisation2025, ReorganisationStep, unitsBefore2025 } from './organizations-2025.demo';

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

/**
 * Played after the directives, inspections and assignments demo, so that the obligations they
 * opened are open when their agencies are reorganised and pass to the successors. A platform
 * whose clock is set earlier (tests) has not seen the reorganisation yet: only the steps in
 * force today are played, and nothing before the first of them.
 */
export function reorganisation2025Seed(commands: CommandBus, clock: Clock): DemoSeed {
  return {
    name: 'the 2025 reorganisation (child affairs to Sở Y tế, provinces merged, district level ended)',
    async seed(context: CommandContext) {
      const today = localDateAt(clock.now());
      const inForce = reorganisation2025.filter((step) => effectiveFrom(step) <= today);
      if (inForce.length === 0) return;
      for (const unit of unitsBefore2025) await commands.execute(new EstablishAdministrativeUnitCommand({ ...unit, effectiveFrom: BEFORE_2025_FROM }, context));
      for (const agency of agenciesBefore2025) await commands.execute(new RegisterAgencyCommand({ ...agency, effectiveFrom: BEFORE_2025_FROM }, context));
      for (const step of inForce) await commands.execute(commandOf(step, context));
    },
  };
}

const effectiveFrom = (step: ReorganisationStep) => step.effectiveFrom;

function commandOf(step: ReorganisationStep, context: CommandContext) {
  switch (step.step) {
    case 'transfer-function':
      return new TransferAgencyFunctionCommand(
        { fromAgencyId: step.fromAgencyId, toAgencyId: step.toAgencyId, function: step.function, effectiveFrom: step.effectiveFrom, decision: step.decision },
        context,
      );
    case 'merge-agencies':
      return new MergeAgenciesCommand(
        {
          predecessorAgencyIds: step.predecessorAgencyIds,
          successorAgencyId: step.successorAgencyId,
          effectiveFrom: step.effectiveFrom,
          decision: step.decision,
        },
        context,
      );
    case 'merge-units':
      return new MergeAdministrativeUnitsCommand(
        { unitIds: step.unitIds, successorUnitId: step.successorUnitId, effectiveFrom: step.effectiveFrom, decision: step.decision },
        context,
      );
    case 'dissolve-agency':
      return new DissolveAgencyCommand(
        { agencyId: step.agencyId, successorAgencyId: null, effectiveFrom: step.effectiveFrom, decision: step.decision },
        context,
      );
    case 'retire-level':
      return new RetireAdministrativeLevelCommand({ levelCode: step.levelCode, effectiveFrom: step.effectiveFrom, reason: step.reason }, context);
  }
}
