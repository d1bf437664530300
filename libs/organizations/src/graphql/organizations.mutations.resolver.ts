import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { RequestContext, RequireRoles, Writes } from '@cpp/access';
import { DefineAdministrativeLevelCommand } from '../application/define-administrative-level';
import { DissolveAgencyCommand } from '../application/dissolve-agency';
import { EstablishAdministrativeUnitCommand } from '../application/establish-administrative-unit';
import { MergeAdministrativeUnitsCommand } from '../application/merge-administrative-units';
import { MergeAgenciesCommand } from '../application/merge-agencies';
import { RegisterAgencyCommand } from '../application/register-agency';
import { RenameAdministrativeUnitCommand } from '../application/rename-administrative-unit';
import { RenameAgencyCommand } from '../application/rename-agency';
import { RetireAdministrativeLevelCommand } from '../application/retire-administrative-level';
import { TransferAgencyFunctionCommand } from '../application/transfer-agency-function';
import {
  DefineAdministrativeLevelInput,
  EstablishAdministrativeUnitInput,
  MergeAdministrativeUnitsInput,
  RenameAdministrativeUnitInput,
  RetireAdministrativeLevelInput,
} from './inputs/administrative-unit.inputs';
import { DissolveAgencyInput } from './inputs/dissolve-agency.input';
import { MergeAgenciesInput } from './inputs/merge-agencies.input';
import { RegisterAgencyInput } from './inputs/register-agency.input';
import { RenameAgencyInput } from './inputs/rename-agency.input';
import { TransferAgencyFunctionInput } from './inputs/transfer-agency-function.input';

/** Changes to the organisation chart: for the platform's organisation administrators. */
@Resolver()
@RequireRoles('org-admin')
export class OrganizationsMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType)
  defineAdministrativeLevel(@Args('input') input: DefineAdministrativeLevelInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new DefineAdministrativeLevelCommand(input, context));
  }

  @Mutation(() => CommandReceiptType, { description: 'E.g. the district level, removed in 2025' })
  retireAdministrativeLevel(@Args('input') input: RetireAdministrativeLevelInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new RetireAdministrativeLevelCommand(input, context));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ unit: 'input.parentUnitId' })
  establishAdministrativeUnit(@Args('input') input: EstablishAdministrativeUnitInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new EstablishAdministrativeUnitCommand({ ...input, parentUnitId: input.parentUnitId ?? null }, context));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ unit: 'input.unitId' })
  renameAdministrativeUnit(@Args('input') input: RenameAdministrativeUnitInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new RenameAdministrativeUnitCommand({ ...input, decision: input.decision ?? null }, context));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ unit: 'input.unitIds' })
  mergeAdministrativeUnits(@Args('input') input: MergeAdministrativeUnitsInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new MergeAdministrativeUnitsCommand({ ...input, decision: input.decision ?? null }, context));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ unit: 'input.unitId' })
  registerAgency(@Args('input') input: RegisterAgencyInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new RegisterAgencyCommand(
        { ...input, shortName: input.shortName ?? null, parentAgencyId: input.parentAgencyId ?? null, functions: input.functions ?? [] },
        context,
      ),
    );
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ agency: 'input.agencyId' })
  renameAgency(@Args('input') input: RenameAgencyInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new RenameAgencyCommand({ ...input, shortName: input.shortName ?? null, decision: input.decision ?? null }, context));
  }

  @Mutation(() => CommandReceiptType, { description: 'Predecessors cease to exist; the successor answers for their functions and open obligations' })
  @Writes({ agency: 'input.predecessorAgencyIds' })
  mergeAgencies(@Args('input') input: MergeAgenciesInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new MergeAgenciesCommand({ ...input, decision: input.decision ?? null }, context));
  }

  @Mutation(() => CommandReceiptType, { description: 'A split of functions: one function moves to another agency' })
  @Writes({ agency: 'input.agencyId' })
  transferAgencyFunction(@Args('input') input: TransferAgencyFunctionInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new TransferAgencyFunctionCommand({ ...input, decision: input.decision ?? null }, context));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ agency: 'input.agencyId' })
  dissolveAgency(@Args('input') input: DissolveAgencyInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new DissolveAgencyCommand({ ...input, successorAgencyId: input.successorAgencyId ?? null, decision: input.decision ?? null }, context),
    );
  }
}
