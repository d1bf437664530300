import { Injectable } from '@nestjs/common';
import { causedBy, CommandContext, DomainError, Reactor, RecordedEvent } from '@cpp/eventsourcing';
import type { DirectivesPublishedEvent } from '@cpp/directives';
import { FORUM_PUBLISHED_EVENT_TYPES } from '@cpp/forum';
import type { RecommendationFollowUpEvent } from '@cpp/inspections';
import type { AgencyEvent } from '@cpp/organizations';
import { TaskEvent } from '../../domain/events';
import { agencyDirectoryProjection } from '../../projections/agency-directory.projection';
import { ReadModelBarrier } from '../read-model-barrier';
import { CommandRefused } from './command-refused';
import { DirectiveReactions } from './directive-reactions';
import { ForumReactions } from './forum-reactions';
import { InspectionReactions } from './inspection-reactions';
import { OrganizationReactions } from './organization-reactions';
import { RefusalRecorder } from './refusal-recorder';
import { TaskReactions } from './task-reactions';

const DIRECTIVE_EVENTS = [
  'DirectiveIssued',
  'DirectiveAmended',
  'DirectiveSuperseded',
  'DirectiveRevoked',
  'AdHocReportRequested',
] as const satisfies readonly DirectivesPublishedEvent['type'][];
const INSPECTION_EVENTS = [
  'RecommendationIssued',
  'CorrectiveActionReported',
  'RecommendationClosed',
  'RecommendationReopened',
] as const satisfies readonly RecommendationFollowUpEvent['type'][];
const ORGANIZATION_EVENTS = [
  'AgencyAbsorbedPredecessors',
  'AgencyMergedInto',
  'AgencyDissolved',
  'AgencyFunctionTransferred',
] as const satisfies readonly AgencyEvent['type'][];
const TASK_EVENTS = ['TaskAssigned', 'TaskReassigned', 'TaskAmended', 'TaskCompleted', 'TaskClosed'] as const satisfies readonly TaskEvent['type'][];

/**
 * The context's process manager. One reactor, so that it meets facts in the order of the
 * log: a merger is handled after every assignment made before it, and an assignment made
 * after it (read against a directory that has seen the merger) goes to the successor.
 * A fact it cannot apply (e.g. an amendment of a directive it never saw) is recorded as a
 * ReactionRefused, on a stream of its own, and passed over rather than stopping every later
 * reaction; the reactionFailures query shows what needs repairing.
 */
@Injectable()
export class AssignmentsProcess implements Reactor {
  readonly name = 'assignments.process';
  readonly handles = [...DIRECTIVE_EVENTS, ...INSPECTION_EVENTS, ...ORGANIZATION_EVENTS, ...TASK_EVENTS, ...FORUM_PUBLISHED_EVENT_TYPES];

  constructor(
    private readonly directives: DirectiveReactions,
    private readonly inspections: InspectionReactions,
    private readonly organizations: OrganizationReactions,
    private readonly tasks: TaskReactions,
    private readonly forums: ForumReactions,
    private readonly barrier: ReadModelBarrier,
    private readonly refusals: RefusalRecorder,
  ) {}

  async react(event: RecordedEvent): Promise<void> {
    const context = causedBy(event, 'assignments-process');
    await this.barrier.reach([agencyDirectoryProjection.name], event.checkpoint);
    try {
      await this.route(event, context);
    } catch (error) {
      if (error instanceof CommandRefused) return this.refusals.record(event, error.command, error.refusal, context);
      if (error instanceof DomainError) return this.refusals.record(event, null, error, context);
      throw error;
    }
  }

  private async route(event: RecordedEvent, context: CommandContext): Promise<void> {
    switch (event.type) {
      case 'DirectiveIssued':
        return this.directives.issued(event, context);
      case 'DirectiveAmended':
        return this.directives.amended(event, context);
      case 'DirectiveSuperseded':
      case 'DirectiveRevoked':
        return this.directives.closed(event, context);
      case 'AdHocReportRequested':
        return this.directives.adHocRequested(event, context);
    }
    if ((INSPECTION_EVENTS as readonly string[]).includes(event.type)) return this.inspections.react(event, context);
    if ((ORGANIZATION_EVENTS as readonly string[]).includes(event.type)) return this.organizations.react(event, context);
    if ((FORUM_PUBLISHED_EVENT_TYPES as readonly string[]).includes(event.type)) return this.forums.react(event, context);
    return this.tasks.react(event, context);
  }
}
