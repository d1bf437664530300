import { FindingJudged, FindingOnRecord, recurrenceOf } from './recurrence';

const finding: FindingJudged = {
  inspectionId: 'kt-2024',
  targetId: 'truong-a',
  criterionCode: 'camera',
  observedOn: '2024-06-11',
  conformity: 'nonconforming',
};
const onRecord = (change: Partial<FindingOnRecord>): FindingOnRecord => ({
  inspectionId: 'kt-2022',
  findingId: 'f-2022',
  targetId: 'truong-a',
  criterionCode: 'camera',
  observedOn: '2022-09-14',
  conformity: 'nonconforming',
  ...change,
});
const repeated = (earlier: FindingOnRecord) => ({ inspectionId: earlier.inspectionId, findingId: earlier.findingId, observedOn: earlier.observedOn });

describe('recurring findings: which earlier nonconformity a nonconformity repeats', () => {
  it('given nothing on record, then nothing recurs', () => expect(recurrenceOf(finding, [])).toBeNull());

  it('given an earlier inspection’s nonconformity on the same target and criterion, then the finding repeats it', () => {
    const earlier = onRecord({});
    expect(recurrenceOf(finding, [earlier])).toEqual(repeated(earlier));
  });

  it('given an earlier conformity only, then nothing recurs: there was nothing to repeat', () =>
    expect(recurrenceOf(finding, [onRecord({ conformity: 'conforming' })])).toBeNull());

  it('given nonconformities on another target or another criterion, then nothing recurs', () =>
    expect(recurrenceOf(finding, [onRecord({ targetId: 'truong-b' }), onRecord({ criterionCode: 'rao-chan' })])).toBeNull());

  it('given several earlier nonconformities, then it repeats the latest observed, not the latest recorded', () => {
    const latest = onRecord({ inspectionId: 'kt-2023', findingId: 'f-2023', observedOn: '2023-05-02' });
    expect(recurrenceOf(finding, [latest, onRecord({})])).toEqual(repeated(latest));
  });

  it('given two earlier nonconformities observed the same day, then it repeats the one recorded last', () => {
    const second = onRecord({ inspectionId: 'kt-2022-b', findingId: 'f-2022-b' });
    expect(recurrenceOf(finding, [onRecord({}), second])).toEqual(repeated(second));
  });

  it('given an earlier nonconformity, when the finding is a conformity, then nothing recurs: it was corrected', () =>
    expect(recurrenceOf({ ...finding, conformity: 'conforming' }, [onRecord({})])).toBeNull());
});
