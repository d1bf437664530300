import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { AcknowledgeTaskHandler } from './application/acknowledge-task';
import { CompleteTaskHandler } from './application/complete-task';
import { CorrectFiguresHandler } from './application/correct-figures';
import { DeadlineMonitor } from './application/deadline-monitor';
import { DelegateTaskHandler } from './application/delegate-task';
import { ExtendDeadlineHandler } from './application/extend-deadline';
import { MarkObligationOverdueHandler } from './application/mark-obligation-overdue';
import { AssignmentsProcess } from './application/process/assignments-process';
import { DirectiveReactions } from './application/process/directive-reactions';
import { ForumReactions } from './application/process/forum-reactions';
import { FundingDeadlinesReactor } from './application/process/funding-deadlines.reactor';
import { InspectionReactions } from './application/process/inspection-reactions';
import { OrganizationReactions } from './application/process/organization-reactions';
import { ReactionFacts } from './application/process/reaction-facts';
import { ReactionSender } from './application/process/reaction-sender';
import { RefusalRecorder } from './application/process/refusal-recorder';
import { TaskReactions } from './application/process/task-reactions';
import { ReadModelBarrier } from './application/read-model-barrier';
import { RecordDeadlineApproachingHandler } from './application/record-deadline-approaching';
import { ReportTaskProgressHandler } from './application/report-task-progress';
import { SubmitReportHandler } from './application/submit-report';
import { AssignmentsMutationsResolver } from './graphql/assignments.mutations.resolver';
import { ObligationsQueriesResolver } from './graphql/obligations.queries.resolver';
import { ReactionFailuresResolver } from './graphql/reaction-failures.resolver';
import { TasksResolver } from './graphql/tasks.resolver';
import { agencyDirectoryProjection } from './projections/agency-directory.projection';
import { AgencyDirectory } from './projections/agency-directory.queries';
import { AssignmentsReadModel } from './projections/assignments.read-model';
import { directivePlansProjection } from './projections/directive-plans.projection';
import { DirectivePlanQueries } from './projections/directive-plans.queries';
import { obligationVersionsProjection } from './projections/obligation-versions.projection';
import { obligationsProjection } from './projections/obligations.projection';
import { ObligationQueries } from './projections/obligations.queries';
import { reactionRefusalsProjection } from './projections/reaction-refusals.projection';
import { ReactionRefusalQueries } from './projections/reaction-refusals.queries';
import { taskVersionsProjection } from './projections/task-versions.projection';
import { tasksProjection } from './projections/tasks.projection';
import { TaskQueries } from './projections/tasks.queries';
import { AssignmentsAccessScopes } from './graphql/assignments.access';

const commandHandlers = [
  SubmitReportHandler,
  CorrectFiguresHandler,
  ExtendDeadlineHandler,
  AcknowledgeTaskHandler,
  DelegateTaskHandler,
  ReportTaskProgressHandler,
  CompleteTaskHandler,
  MarkObligationOverdueHandler,
  RecordDeadlineApproachingHandler,
];
const processManager = [
  AssignmentsProcess,
  DirectiveReactions,
  InspectionReactions,
  ForumReactions,
  OrganizationReactions,
  TaskReactions,
  ReactionFacts,
  ReactionSender,
  RefusalRecorder,
  ReadModelBarrier,
  DeadlineMonitor,
  FundingDeadlinesReactor,
];
const readSide = [AgencyDirectory, ObligationQueries, TaskQueries, DirectivePlanQueries, AssignmentsReadModel, ReactionRefusalQueries];
const resolvers = [ObligationsQueriesResolver, TasksResolver, AssignmentsMutationsResolver, ReactionFailuresResolver];

@Module({
  imports: [CqrsModule],
  providers: [...commandHandlers, ...processManager, ...readSide, ...resolvers, AssignmentsAccessScopes],
  exports: [DeadlineMonitor],
})
export class AssignmentsModule implements OnModuleInit {
  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly process: AssignmentsProcess,
    private readonly fundingDeadlines: FundingDeadlinesReactor,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      agencyDirectoryProjection,
      obligationsProjection,
      obligationVersionsProjection,
      tasksProjection,
      taskVersionsProjection,
      directivePlansProjection,
      reactionRefusalsProjection,
    );
    this.registry.registerReactor(this.process, this.fundingDeadlines);
  }
}
