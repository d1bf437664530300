import { invalid } from '@cpp/eventsourcing';
import { Figure, ObligationEvent, SubmissionTimeliness } from './events';
import { Obligation } from './state';

/** The first report after opening (or reopening) is on time or late; any later one is a resubmission. */
export function submitted(
  obligation: Obligation,
  agencyId: string,
  submittedOn: string,
  figures: Figure[],
  note: string | null,
  sourceEventId: string | null,
): ObligationEvent {
  const timeliness: SubmissionTimeliness = obligation.status === 'submitted' ? 'resubmission' : submittedOn <= obligation.dueDate ? 'on-time' : 'late';
  return {
    type: 'ReportSubmitted',
    data: {
      obligationId: obligation.obligationId,
      submissionNumber: obligation.submissions.length + 1,
      agencyId,
      timeliness,
      submittedOn,
      dueDate: obligation.dueDate,
      originalDueDate: obligation.originalDueDate,
      lateAgainstOriginal: submittedOn > obligation.originalDueDate,
      figures,
      note,
      sourceEventId,
    },
  };
}

export function validFigures(figures: Figure[], field: string): Figure[] {
  const codes = new Set<string>();
  return figures.map((figure) => {
    const code = figure.code.trim();
    const unit = figure.unit.trim();
    if (!code) throw invalid(`Every entry of ${field} needs a code`);
    if (codes.has(code)) throw invalid(`${field} name ${code} twice`);
    if (!Number.isFinite(figure.value)) throw invalid(`${field}: ${code} is not a number`);
    if (!unit) throw invalid(`${field}: ${code} needs a unit`);
    codes.add(code);
    return { code, value: figure.value, unit };
  });
}
