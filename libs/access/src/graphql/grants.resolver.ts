import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { GrantAccessCommand } from '../application/grant-access';
import { RevokeAccessCommand } from '../application/revoke-access';
import { Actor } from '../domain/actor';
import { AccessQueries } from '../projections/access.queries';
import { CurrentActor, RequestContext } from './current-actor.decorator';
import { GrantAccessInput, GrantType, RevokeAccessInput } from './grant.inputs';
import { RequireRoles } from './roles.decorator';

/** Grants are given and taken back by administrators of the jurisdiction they reach (the command checks it). */
@Resolver()
export class GrantsResolver {
  constructor(
    private readonly receipts: CommandReceipts,
    private readonly queries: AccessQueries,
  ) {}

  @Mutation(() => CommandReceiptType, { description: 'Grant a subject a role for an agency over a jurisdiction, from a date' })
  @RequireRoles('national-administrator', 'provincial-administrator')
  grantAccess(@Args('input') input: GrantAccessInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { grantId, subject, role, validFrom } = input;
    return this.receipts.execute(
      new GrantAccessCommand(
        {
          grantId,
          subject,
          role,
          agencyId: input.agencyId ?? null,
          jurisdictionUnitId: input.jurisdictionUnitId ?? null,
          validFrom,
          validTo: input.validTo ?? null,
        },
        context,
        actor,
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Take a grant back from a date, saying why' })
  @RequireRoles('national-administrator', 'provincial-administrator')
  revokeAccess(@Args('input') input: RevokeAccessInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new RevokeAccessCommand({ grantId: input.grantId, revokedOn: input.revokedOn, reason: input.reason }, context, actor));
  }

  @Query(() => [GrantType], { description: 'A subject’s grants with their history (revoked ones too); your own, or any for administrators and auditors' })
  async grants(@Args('subject') subject: string, @CurrentActor() actor: Actor): Promise<GrantType[]> {
    const overseer = actor.roles.some((role) => role === 'national-administrator' || role === 'provincial-administrator' || role === 'auditor');
    if (!overseer && subject !== actor.subject) return [];
    return (await this.queries.grantsOf(subject)).map((grant) => Object.assign(new GrantType(), grant));
  }
}
