import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext, Requester } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { AppraiseConclusionCommand } from '../application/appraise-conclusion';
import { CloseRecommendationCommand } from '../application/close-recommendation';
import { DraftConclusionCommand } from '../application/draft-conclusion';
import { IssueConclusionCommand } from '../application/issue-conclusion';
import { IssueRecommendationCommand } from '../application/issue-recommendation';
import { PlanInspectionCommand } from '../application/plan-inspection';
import { RecordFindingCommand } from '../application/record-finding';
import { RecordSanctionCommand } from '../application/record-sanction';
import { ReopenRecommendationCommand } from '../application/reopen-recommendation';
import { ReportCorrectiveActionCommand } from '../application/report-corrective-action';
import { ReviseFindingCommand } from '../application/revise-finding';
import { StartInspectionCommand } from '../application/start-inspection';
import { AppraiseConclusionInput, DraftConclusionInput, IssueConclusionInput } from './inputs/conclusion.inputs';
import { EvidenceInput, RecordFindingInput, ReviseFindingInput } from './inputs/finding.inputs';
import { PlanInspectionInput, StartInspectionInput } from './inputs/plan-inspection.input';
import { CloseRecommendationInput, IssueRecommendationInput, ReopenRecommendationInput, ReportCorrectiveActionInput } from './inputs/recommendation.inputs';
import { RecordSanctionInput } from './inputs/sanction.input';

const requester = (actor: Actor): Requester => ({ subject: actor.subject, agencyId: actor.agencyId, roles: actor.roles });
const evidence = (items: EvidenceInput[] | null | undefined) => (items ?? []).map(({ title, contentHash }) => ({ title, contentHash }));

/**
 * The inspection's lifecycle. Roles open the door; who on the team may do what (members
 * record findings, the responsible agency reports) is decided by the inspection itself.
 */
@Resolver()
export class InspectionsMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'Plan a thanh tra or kiểm tra: team, targets, period, plan and outline' })
  @RequireRoles('inspector', 'steering-committee')
  @Writes({ agency: 'input.leadAgencyId' })
  planInspection(@Args('input') input: PlanInspectionInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new PlanInspectionCommand(
        {
          inspectionId: input.inspectionId,
          kind: input.kind,
          title: input.title,
          theme: input.theme,
          leadAgencyId: input.leadAgencyId,
          memberAgencyIds: input.memberAgencyIds ?? [],
          members: input.members.map(({ subject, name, agencyId, role }) => ({ subject, name, agencyId, role })),
          targets: input.targets.map((target) => ({
            kind: target.kind,
            targetId: target.targetId ?? null,
            name: target.name ?? null,
            unitId: target.unitId ?? null,
            agencyId: target.agencyId ?? null,
          })),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          plan: { number: input.plan.number ?? null, title: input.plan.title, contentHash: input.plan.contentHash ?? null },
          outline: { number: input.outline.number ?? null, title: input.outline.title, contentHash: input.outline.contentHash ?? null },
          plannedOn: input.plannedOn ?? null,
        },
        context,
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The team begins the visit' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  startInspection(@Args('input') input: StartInspectionInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new StartInspectionCommand({ inspectionId: input.inspectionId, startedOn: input.startedOn ?? null }, context, requester(actor)),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Only members of the team may record findings' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  recordFinding(@Args('input') input: RecordFindingInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, findingId, targetId, criterionCode, criterion, legalBasis, conformity, description } = input;
    return this.receipts.execute(
      new RecordFindingCommand(
        {
          inspectionId,
          findingId,
          targetId,
          criterionCode,
          criterion,
          legalBasis,
          conformity,
          description,
          severity: input.severity ?? null,
          evidence: evidence(input.evidence),
          observedOn: input.observedOn ?? null,
        },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Replace a finding’s content; refused with CONFLICT when someone revised it since expectedRevision' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  reviseFinding(@Args('input') input: ReviseFindingInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, findingId, expectedRevision, criterion, legalBasis, conformity, description } = input;
    return this.receipts.execute(
      new ReviseFindingCommand(
        {
          inspectionId,
          findingId,
          expectedRevision,
          criterion,
          legalBasis,
          conformity,
          description,
          severity: input.severity ?? null,
          evidence: evidence(input.evidence),
        },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'A recommendation to an agency, with a deadline: it becomes that agency’s obligation' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  issueRecommendation(@Args('input') input: IssueRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, recommendationId, findingIds, responsibleAgencyId, correctiveAction, dueDate } = input;
    return this.receipts.execute(
      new IssueRecommendationCommand(
        { inspectionId, recommendationId, findingIds, responsibleAgencyId, correctiveAction, dueDate, issuedOn: input.issuedOn ?? null },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'By an officer of the responsible agency' })
  @RequireRoles('agency-officer')
  @Writes({ inspection: 'input.inspectionId' })
  reportCorrectiveAction(@Args('input') input: ReportCorrectiveActionInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, recommendationId, action } = input;
    return this.receipts.execute(
      new ReportCorrectiveActionCommand({ inspectionId, recommendationId, action, reportedOn: input.reportedOn ?? null }, context, requester(actor)),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The team verified the corrective action effective' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  closeRecommendation(@Args('input') input: CloseRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, recommendationId, verification } = input;
    return this.receipts.execute(
      new CloseRecommendationCommand({ inspectionId, recommendationId, verification, closedOn: input.closedOn ?? null }, context, requester(actor)),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The corrective action did not hold: owed again by a new deadline' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  reopenRecommendation(@Args('input') input: ReopenRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, recommendationId, reason, newDueDate } = input;
    return this.receipts.execute(
      new ReopenRecommendationCommand({ inspectionId, recommendationId, reason, newDueDate, reopenedOn: input.reopenedOn ?? null }, context, requester(actor)),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Accountability of the head of a facility or agency' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  recordSanction(@Args('input') input: RecordSanctionInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { inspectionId, sanctionId, targetId, findingIds, personRole, personName, measure, legalBasis, decisionNumber, decidedOn } = input;
    return this.receipts.execute(
      new RecordSanctionCommand(
        { inspectionId, sanctionId, targetId, findingIds, personRole, personName, measure, legalBasis, decisionNumber, decidedOn },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Dự thảo kết luận, by the team' })
  @RequireRoles('inspector')
  @Writes({ inspection: 'input.inspectionId' })
  draftConclusion(@Args('input') input: DraftConclusionInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new DraftConclusionCommand({ inspectionId: input.inspectionId, summary: input.summary, draftedOn: input.draftedOn ?? null }, context, requester(actor)),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Thẩm định, by someone outside the team; required before issue' })
  @RequireRoles('inspector', 'steering-committee')
  @Writes({ 'inspection-lead': 'input.inspectionId' })
  appraiseConclusion(@Args('input') input: AppraiseConclusionInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new AppraiseConclusionCommand(
        { inspectionId: input.inspectionId, opinion: input.opinion, appraisedOn: input.appraisedOn ?? null },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Issue the appraised conclusion with its number' })
  @RequireRoles('inspector', 'steering-committee')
  @Writes({ 'inspection-lead': 'input.inspectionId' })
  issueConclusion(@Args('input') input: IssueConclusionInput, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new IssueConclusionCommand({ inspectionId: input.inspectionId, conclusionNumber: input.conclusionNumber, issuedOn: input.issuedOn ?? null }, context),
    );
  }
}
