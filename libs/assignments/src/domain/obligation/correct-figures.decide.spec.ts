import { ObligationCommand } from './commands';
import { ID, officer, opened, otherOfficer, spec, submitted } from './testing/obligation-fixtures';

describe('correcting figures', () => {
  const correct = (requester = officer, extra: Partial<Extract<ObligationCommand, { type: 'CorrectFigures' }>> = {}): ObligationCommand => ({
    type: 'CorrectFigures',
    obligationId: ID,
    requester,
    submissionNumber: null,
    corrections: [{ code: 'TE-01', value: 14, unit: 'vụ' }],
    reason: 'Bổ sung 2 vụ phát hiện muộn',
    correctedOn: '2021-07-10',
    ...extra,
  });
  it('given a submission, when its agency corrects a figure, then the correction stands beside it', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(correct())
      .then([
        {
          type: 'FiguresCorrected',
          data: {
            obligationId: ID,
            submissionNumber: 1,
            agencyId: 'so-y-te-soc-trang',
            corrections: [{ code: 'TE-01', value: 14, unit: 'vụ' }],
            reason: 'Bổ sung 2 vụ phát hiện muộn',
            correctedOn: '2021-07-10',
          },
        },
      ]));
  it('given nothing submitted, when corrected, then CONFLICT', () =>
    spec
      .given([opened])
      .when(correct())
      .thenRefuses('CONFLICT', /nothing to correct/));
  it('given a submission, when a figure it did not contain is "corrected", then BAD_USER_INPUT', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(correct(officer, { corrections: [{ code: 'TE-99', value: 1, unit: 'vụ' }] }))
      .thenRefuses('BAD_USER_INPUT', /TE-99/));
  it('given a submission, when an unknown submission number is named, then NOT_FOUND', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(correct(officer, { submissionNumber: 3 }))
      .thenRefuses('NOT_FOUND', /number 3/));
  it('given a submission, when another agency corrects it, then FORBIDDEN', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(correct(otherOfficer))
      .thenRefuses('FORBIDDEN'));
  it('given a submission, when corrected without a reason, then BAD_USER_INPUT', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(correct(officer, { reason: ' ' }))
      .thenRefuses('BAD_USER_INPUT', /reason/));
});
