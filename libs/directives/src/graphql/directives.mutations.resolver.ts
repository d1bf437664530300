import { randomUUID } from 'node:crypto';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext, Requester } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { AmendDirectiveCommand } from '../application/amend-directive';
import { IssueDirectiveCommand } from '../application/issue-directive';
import { LinkDirectiveCommand } from '../application/link-directive';
import { RequestAdHocReportCommand } from '../application/request-ad-hoc-report';
import { RevokeDirectiveCommand } from '../application/revoke-directive';
import { SupersedeDirectiveCommand } from '../application/supersede-directive';
import {
  AmendDirectiveInput,
  LinkDirectiveInput,
  RequestAdHocReportInput,
  RevokeDirectiveInput,
  SupersedeDirectiveInput,
} from './inputs/change-directive.inputs';
import { IssueDirectiveInput, toIssueDirective } from './inputs/issue-directive.input';
import { toRegime } from './inputs/regime.input';
import { toTask } from './inputs/task.input';

/**
 * Recording and changing documents: for the issuing agency's officers, the steering committee
 * and organisation administrators (the rules check an officer acts for the issuing agency).
 */
@Resolver()
@RequireRoles('org-admin', 'steering-committee', 'agency-officer')
export class DirectivesMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'Records an issued document with its tasks and reporting regimes' })
  @Writes({ agency: 'input.issuingAgencyId' })
  issueDirective(@Args('input') input: IssueDirectiveInput, @RequestContext() context: CommandContext, @CurrentActor() actor: Actor) {
    return this.receipts.execute(new IssueDirectiveCommand(toIssueDirective(input), context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Adds an implements / based-on link; a link that would make a cycle is refused' })
  @Writes({ directive: 'input.directiveId' })
  linkDirective(@Args('input') input: LinkDirectiveInput, @RequestContext() context: CommandContext, @CurrentActor() actor: Actor) {
    return this.receipts.execute(new LinkDirectiveCommand({ ...input }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ directive: 'input.directiveId' })
  amendDirective(@Args('input') input: AmendDirectiveInput, @RequestContext() context: CommandContext, @CurrentActor() actor: Actor) {
    return this.receipts.execute(
      new AmendDirectiveCommand(
        {
          directiveId: input.directiveId,
          amendedOn: input.amendedOn,
          amendingDocument: input.amendingDocument ?? null,
          subject: input.subject,
          addedTasks: (input.addedTasks ?? []).map(toTask),
          changedTasks: (input.changedTasks ?? []).map(toTask),
          withdrawnTaskIds: input.withdrawnTaskIds ?? [],
          addedReportingRegimes: (input.addedReportingRegimes ?? []).map(toRegime),
        },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ directive: 'input.directiveId' })
  supersedeDirective(@Args('input') input: SupersedeDirectiveInput, @RequestContext() context: CommandContext, @CurrentActor() actor: Actor) {
    return this.receipts.execute(new SupersedeDirectiveCommand({ ...input }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ directive: 'input.directiveId' })
  revokeDirective(@Args('input') input: RevokeDirectiveInput, @RequestContext() context: CommandContext, @CurrentActor() actor: Actor) {
    return this.receipts.execute(new RevokeDirectiveCommand({ ...input, revokingDocument: input.revokingDocument ?? null }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ directive: 'input.directiveId' })
  requestAdHocReport(@Args('input') input: RequestAdHocReportInput, @RequestContext() context: CommandContext, @CurrentActor() actor: Actor) {
    return this.receipts.execute(
      new RequestAdHocReportCommand(
        { ...input, requestId: input.requestId ?? randomUUID(), reportingAgencyIds: input.reportingAgencyIds ?? [] },
        context,
        requester(actor),
      ),
    );
  }
}

function requester(actor: Actor): Requester {
  return { subject: actor.subject, agencyId: actor.agencyId, roles: actor.roles };
}
