import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Figure, ObligationKind } from '../../domain/events';
import { Obligation, Submission } from '../../domain/obligation/state';
import { displayStatusOf, ObligationDisplayStatus } from '../../domain/obligation/obligation-status';
import { ObligationListing } from '../../projections/obligation-listing';
import { obligationStream } from '../../domain/streams';
import { ObligationKindEnum, ObligationStatusEnum, SubmissionTimelinessEnum } from './enums';

@ObjectType('Figure', { description: 'One indicator of a report, e.g. a statistic of Circular 13/2021/TT-BLĐTBXH' })
export class FigureType {
  @Field() code: string;
  @Field(() => Float) value: number;
  @Field() unit: string;
}

@ObjectType('FigureCorrection', { description: 'Corrected values, kept beside the figures as submitted' })
export class CorrectionType {
  @Field(() => String, { nullable: true }) agencyId: string | null;
  @Field(() => [FigureType]) figures: Figure[];
  @Field() reason: string;
  @Field(() => GraphQLLocalDate) correctedOn: string;
}

@ObjectType('Submission')
export class SubmissionType {
  @Field(() => Int) submissionNumber: number;
  @Field() agencyId: string;
  @Field(() => SubmissionTimelinessEnum) timeliness: string;
  @Field(() => GraphQLLocalDate) submittedOn: string;
  @Field(() => GraphQLLocalDate, { description: 'The deadline in force when it was submitted' }) dueDate: string;
  @Field({ description: 'Submitted after the original deadline (before any extension)' }) lateAgainstOriginal: boolean;
  @Field(() => [FigureType], { description: 'As submitted; never changed' }) figures: Figure[];
  @Field(() => [CorrectionType]) corrections: CorrectionType[];
  @Field(() => [FigureType], { description: 'The submitted figures with the latest correction of each applied' }) currentFigures: Figure[];
  @Field(() => String, { nullable: true }) note: string | null;

  static from(submission: Submission): SubmissionType {
    const corrected = new Map(submission.corrections.flatMap((correction) => correction.figures.map((figure) => [figure.code, figure] as const)));
    return Object.assign(new SubmissionType(), { ...submission, currentFigures: submission.figures.map((figure) => corrected.get(figure.code) ?? figure) });
  }
}

@ObjectType('DeadlineChange')
export class DeadlineChangeType {
  @Field({ description: 'extension, amendment (by the source document) or reopening' }) kind: string;
  @Field(() => GraphQLLocalDate) previousDueDate: string;
  @Field(() => GraphQLLocalDate) newDueDate: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true, description: 'The authorising or amending document' }) document: string | null;
  @Field(() => GraphQLLocalDate) changedOn: string;
}

@ObjectType('Reassignment', { description: 'Open work passed to a successor; the original assignee stays in the history' })
export class ReassignmentType {
  @Field() fromAgencyId: string;
  @Field() toAgencyId: string;
  @Field({ description: 'merger, function-transfer or dissolution' }) reason: string;
  @Field(() => GraphQLLocalDate) effectiveFrom: string;
  @Field(() => String, { nullable: true }) decision: string | null;
}

@ObjectType('ObligationSource', { description: 'The document and sections (or the inspection) it comes from' })
export class ObligationSourceType {
  @Field({ description: 'directive, inspection or forum' }) type: string;
  @Field(() => String, { nullable: true }) directiveId: string | null;
  @Field(() => String, { nullable: true, description: 'As printed, e.g. 923/QĐ-LĐTBXH' }) documentNumber: string | null;
  @Field(() => String, { nullable: true }) documentSubject: string | null;
  @Field(() => [String], { description: 'Sections of the document, e.g. 1.đ and 4.đ' }) sections: string[];
  @Field(() => String, { nullable: true }) regimeId: string | null;
  @Field(() => String, { nullable: true }) taskId: string | null;
  @Field(() => String, { nullable: true }) inspectionId: string | null;
  @Field(() => String, { nullable: true }) recommendationId: string | null;
}

@ObjectType('Obligation', { description: 'Something an agency owes: a report for a period, a task’s deadline, or an inspection’s recommendation' })
export class ObligationType {
  @Field(() => ID) id: string;
  @Field(() => ObligationKindEnum) kind: ObligationKind;
  @Field() title: string;
  @Field({ description: 'The agency that owes it now' }) agencyId: string;
  @Field({ description: 'The agency it was first assigned to' }) originalAgencyId: string;
  @Field(() => String, { nullable: true, description: 'To whom it is owed' }) recipientAgencyId: string | null;
  @Field(() => ObligationSourceType) source: ObligationSourceType;
  @Field(() => String, { nullable: true, description: 'The period reported on: 2021-H1, 2021, 2021-03, or the ad-hoc request' }) period: string | null;
  @Field(() => Int, { nullable: true }) periodYear: number | null;
  @Field(() => GraphQLLocalDate, { description: 'The deadline in force' }) dueDate: string;
  @Field(() => GraphQLLocalDate) originalDueDate: string;
  @Field(() => ObligationStatusEnum) status: ObligationDisplayStatus;
  @Field(() => GraphQLLocalDate, { description: 'The local date the status was judged on (today, or the as-of instant)' }) judgedOn: string;
  @Field(() => Boolean, { nullable: true, description: 'Met by the deadline in force (null while nothing was submitted or done)' }) onTime: boolean | null;
  @Field(() => GraphQLLocalDate) openedOn: string;
  @Field(() => [SubmissionType]) submissions: SubmissionType[];
  @Field(() => [DeadlineChangeType]) deadlineChanges: DeadlineChangeType[];
  @Field(() => [ReassignmentType]) reassignments: ReassignmentType[];
  @Field(() => [GraphQLLocalDate], { description: 'Deadlines recorded as missed by the deadline monitor' }) overdueDeadlines: string[];
  @Field(() => GraphQLLocalDate, { nullable: true }) fulfilledOn: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) closedOn: string | null;
  @Field({ description: 'Its stream, for streamHistory' }) streamId: string;

  /** The listing's fields, and the history's when `obligation` is given (a query that selects none of HISTORY_FIELDS reads none). */
  static from(listing: ObligationListing, today: string, obligation: Obligation | null): ObligationType {
    return Object.assign(new ObligationType(), {
      id: listing.obligationId,
      kind: listing.kind,
      title: listing.title,
      agencyId: listing.assigneeAgencyId,
      originalAgencyId: listing.originalAssigneeAgencyId,
      recipientAgencyId: listing.recipientAgencyId,
      period: listing.periodLabel,
      periodYear: listing.periodYear,
      dueDate: listing.dueDate,
      originalDueDate: listing.originalDueDate,
      status: displayStatusOf(listing, today),
      judgedOn: today,
      onTime: listing.onTime,
      openedOn: listing.openedOn,
      fulfilledOn: listing.fulfilledOn,
      closedOn: listing.closedOn,
      streamId: obligationStream(listing.obligationId),
      ...(obligation
        ? {
            source: Object.assign(new ObligationSourceType(), obligation.source),
            submissions: obligation.submissions.map(SubmissionType.from),
            deadlineChanges: obligation.deadlineChanges,
            reassignments: obligation.reassignments,
            overdueDeadlines: obligation.overdueDeadlines,
          }
        : {}),
    });
  }
}

/** The fields read from the obligation's stored state rather than its listing columns. */
export const HISTORY_FIELDS = ['source', 'submissions', 'deadlineChanges', 'reassignments', 'overdueDeadlines'] as const;
