import { actsFor, conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';
import { validFigures } from './submission';

/** Corrections stand beside the figures as submitted, so they may only name figures that were submitted. */
export function correctFigures(command: ObligationCommandOf<'CorrectFigures'>, obligation: Obligation): ObligationEvent[] {
  const { obligationId } = obligation;
  if (!actsFor(command.requester, obligation.assigneeAgencyId))
    throw forbidden(`Only ${obligation.assigneeAgencyId} (or the steering committee) may correct the figures of ${obligationId}`);
  if (obligation.submissions.length === 0) throw conflict(`Nothing has been submitted for ${obligationId} yet; there is nothing to correct`);
  const number = command.submissionNumber ?? obligation.submissions[obligation.submissions.length - 1].submissionNumber;
  const submission = obligation.submissions.find((s) => s.submissionNumber === number);
  if (!submission) throw notFound(`Obligation ${obligationId} has no submission number ${number}`);
  requireLocalDate(command.correctedOn, 'correctedOn');
  const corrections = validFigures(command.corrections, 'corrections');
  if (corrections.length === 0) throw invalid('A correction needs at least one figure');
  const unknown = corrections.filter((c) => !submission.figures.some((f) => f.code === c.code));
  if (unknown.length) throw invalid(`Submission ${number} has no figure ${unknown.map((c) => c.code).join(', ')}; corrections stand beside submitted figures`);
  const reason = command.reason.trim();
  if (!reason) throw invalid('A correction needs a reason');
  return [
    {
      type: 'FiguresCorrected',
      data: { obligationId, submissionNumber: number, agencyId: command.requester.agencyId, corrections, reason, correctedOn: command.correctedOn },
    },
  ];
}
