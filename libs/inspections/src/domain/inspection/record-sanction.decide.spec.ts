import { deciderSpec } from '@cpp/eventsourcing/testing';
import { appraised, drafted, inProgress, issued } from '../../testing/conclusion-fixtures';
import { head, INSPECTION_ID, outsider, planned } from '../../testing/inspection-fixtures';
import { RecordSanction } from './commands';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: sanctions and accountability of the head', () => {
  const sanction = (change: Partial<RecordSanction> = {}): RecordSanction => ({
    type: 'RecordSanction',
    inspectionId: INSPECTION_ID,
    sanctionId: 'xl-giam-doc-ttbtxh',
    targetId: 'ttbtxh-soc-trang-co-so',
    findingIds: ['f-nhan-su'],
    personRole: 'head-of-facility',
    personName: 'Giám đốc Trung tâm',
    measure: 'reprimand',
    legalBasis: 'Nghị định 112/2020/NĐ-CP',
    decisionNumber: '120/QĐ-SLĐTBXH',
    decidedOn: '2024-07-10',
    by: head,
    ...change,
  });

  it('given a nonconformity on the facility, when the head’s accountability is recorded, then SanctionRecorded with role and name only', () =>
    spec
      .given(inProgress)
      .when(sanction())
      .then([
        {
          type: 'SanctionRecorded',
          data: {
            inspectionId: INSPECTION_ID,
            sanctionId: 'xl-giam-doc-ttbtxh',
            targetId: 'ttbtxh-soc-trang-co-so',
            findingIds: ['f-nhan-su'],
            personRole: 'head-of-facility',
            personName: 'Giám đốc Trung tâm',
            measure: 'reprimand',
            legalBasis: 'Nghị định 112/2020/NĐ-CP',
            decisionNumber: '120/QĐ-SLĐTBXH',
            decidedOn: '2024-07-10',
          },
        },
      ]));

  it('given an issued conclusion, when a sanction decided afterwards is recorded, then SanctionRecorded', () =>
    expect(
      inspectionDecider.decide(sanction(), [...inProgress, drafted, appraised, issued].reduce(inspectionDecider.evolve, inspectionDecider.initialState())),
    ).toHaveLength(1));

  it('given a conformity, when a sanction answers it, then BAD_USER_INPUT', () =>
    spec
      .given(inProgress)
      .when(sanction({ findingIds: ['f-ho-so'] }))
      .thenRefuses('BAD_USER_INPUT', /calls for no sanction/));

  it('given a finding on another target, when a sanction links it, then BAD_USER_INPUT', () =>
    spec
      .given(inProgress)
      .when(sanction({ targetId: 'ke-sach' }))
      .thenRefuses('BAD_USER_INPUT', /not a finding on ke-sach/));

  it('given findings, when the measure is unknown, then BAD_USER_INPUT', () =>
    spec
      .given(inProgress)
      .when(sanction({ measure: 'flogging' as never }))
      .thenRefuses('BAD_USER_INPUT', /measure/));

  it('given findings, when the person’s role is not a head, then BAD_USER_INPUT', () =>
    spec
      .given(inProgress)
      .when(sanction({ personRole: 'teacher' as never }))
      .thenRefuses('BAD_USER_INPUT', /personRole/));

  it('given findings, when someone outside the team records a sanction, then FORBIDDEN', () =>
    spec
      .given(inProgress)
      .when(sanction({ by: outsider }))
      .thenRefuses('FORBIDDEN'));

  it('given a recorded sanction, when recorded again, then CONFLICT', () => {
    const [recorded] = inspectionDecider.decide(sanction(), inProgress.reduce(inspectionDecider.evolve, inspectionDecider.initialState()));
    spec
      .given([...inProgress, recorded])
      .when(sanction())
      .thenRefuses('CONFLICT', /already recorded/);
  });

  it('given a planned inspection, when a sanction is recorded, then CONFLICT', () =>
    spec
      .given([planned])
      .when(sanction())
      .thenRefuses('CONFLICT', /not started/));
});
