import { ObligationCommand } from './commands';
import { ObligationEvent } from './events';
import { action, actionReported, fulfilled, recommendation, reopened, spec } from './testing/obligation-fixtures';

describe('recording a corrective action (following inspections)', () => {
  it('given a recommendation, when its corrective action is reported late, then a late submission', () =>
    spec.given([recommendation]).when(action('e1')).then([actionReported]));
  it('given a recorded corrective action, when the same inspections event comes again, then nothing', () =>
    spec.given([recommendation, actionReported]).when(action('e1')).then([]));
  it('given a reopened recommendation, when the next corrective action comes by the new date, then on time, not a resubmission', () =>
    spec
      .given([recommendation, actionReported, fulfilled, reopened])
      .when({ ...(action('e2') as object), reportedOn: '2021-09-01' } as ObligationCommand)
      .then([
        {
          type: 'ReportSubmitted',
          data: {
            ...actionReported.data,
            submissionNumber: 2,
            timeliness: 'on-time',
            submittedOn: '2021-09-01',
            dueDate: '2021-09-30',
            lateAgainstOriginal: true,
            sourceEventId: 'e2',
          },
        } as ObligationEvent,
      ]));
  it('given nothing, when an inspections event about it comes, then nothing', () => spec.given([]).when(action('e1')).then([]));
});
