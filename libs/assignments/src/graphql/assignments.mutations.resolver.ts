import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Clock, CommandContext, Requester } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { AcknowledgeTaskCommand } from '../application/acknowledge-task';
import { CompleteTaskCommand } from '../application/complete-task';
import { CorrectFiguresCommand } from '../application/correct-figures';
import { DeadlineMonitor } from '../application/deadline-monitor';
import { DelegateTaskCommand } from '../application/delegate-task';
import { ExtendDeadlineCommand } from '../application/extend-deadline';
import { ReportTaskProgressCommand } from '../application/report-task-progress';
import { SubmitReportCommand } from '../application/submit-report';
import { CorrectFiguresInput, ExtendDeadlineInput, SubmitReportInput } from './inputs/obligation.inputs';
import { CompleteTaskInput, DelegateTaskInput, ReportTaskProgressInput } from './inputs/task.inputs';
import { DeadlineCheckType } from './types/compliance-row.type';

const requester = (actor: Actor): Requester => ({ subject: actor.subject, agencyId: actor.agencyId, roles: actor.roles });

/**
 * What agencies do with what they owe. Who may act for which agency is a rule of the
 * deciders (the obligated agency's officers, or the steering committee), so the same rule
 * holds for agency systems sending the same commands over Kafka.
 */
@Resolver()
@RequireRoles('agency-officer', 'steering-committee', 'org-admin', 'integration')
export class AssignmentsMutationsResolver {
  constructor(
    private readonly receipts: CommandReceipts,
    private readonly monitor: DeadlineMonitor,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => CommandReceiptType, { description: 'Hand in a report; on time or late is judged on today’s local date, a second one is a resubmission' })
  @Writes({ obligation: 'input.obligationId' })
  submitReport(@Args('input') input: SubmitReportInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { obligationId, note, submittedOn } = input;
    return this.receipts.execute(
      new SubmitReportCommand(
        { obligationId, figures: input.figures.map(plain), note: note ?? null, submittedOn: submittedOn ?? null },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Correct submitted figures; the corrections are kept beside the figures as submitted' })
  @Writes({ obligation: 'input.obligationId' })
  correctFigures(@Args('input') input: CorrectFiguresInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { obligationId, reason } = input;
    return this.receipts.execute(
      new CorrectFiguresCommand(
        { obligationId, reason, submissionNumber: input.submissionNumber ?? null, corrections: input.corrections.map(plain) },
        context,
        requester(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Extend a deadline (steering committee or the recipient), with the reason and the authorising document' })
  @Writes({ obligation: 'input.obligationId' })
  extendDeadline(@Args('input') input: ExtendDeadlineInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { obligationId, newDueDate, reason, authorisingDocument } = input;
    return this.receipts.execute(new ExtendDeadlineCommand({ obligationId, newDueDate, reason, authorisingDocument }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ task: 'taskId' })
  acknowledgeTask(@Args('taskId') taskId: string, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new AcknowledgeTaskCommand({ taskId }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType, {
    description: 'Delegate a task to an agency in the delegating agency’s jurisdiction; the child keeps its link to the parent',
  })
  @Writes({ task: 'input.taskId' })
  delegateTask(@Args('input') input: DelegateTaskInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { taskId, toAgencyId, text } = input;
    return this.receipts.execute(new DelegateTaskCommand({ taskId, toAgencyId, text, dueDate: input.dueDate ?? null }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Report progress (0–100); a coordinating agency’s report is its contribution to the lead’s task' })
  @Writes({ task: 'input.taskId' })
  reportTaskProgress(@Args('input') input: ReportTaskProgressInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { taskId, percent, summary } = input;
    return this.receipts.execute(new ReportTaskProgressCommand({ taskId, percent, summary }, context, requester(actor)));
  }

  @Mutation(() => CommandReceiptType)
  @Writes({ task: 'input.taskId' })
  completeTask(@Args('input') input: CompleteTaskInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new CompleteTaskCommand({ taskId: input.taskId, summary: input.summary ?? null }, context, requester(actor)));
  }

  @Mutation(() => DeadlineCheckType, { description: 'Run the deadline monitor now, at the platform clock’s time (it also runs on an interval)' })
  @RequireRoles('steering-committee', 'org-admin')
  async checkDeadlines(@RequestContext() context: CommandContext): Promise<DeadlineCheckType> {
    const { writes, ...check } = await this.monitor.checkDeadlines(this.clock.now(), context);
    const receipt = await this.receipts.receipt(context, writes);
    return Object.assign(new DeadlineCheckType(), { ...check, projected: receipt.projected });
  }
}

const plain = ({ code, value, unit }: { code: string; value: number; unit: string }) => ({ code, value, unit });
