import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencies, agency, plan, planned, units, unit } from '../../testing/inspection-fixtures';
import { PlanInspection } from './commands';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);
const withChange = (change: Partial<PlanInspection>): PlanInspection => ({ ...plan, ...change });

describe('inspection decider: planning', () => {
  it('given nothing, when an interdisciplinary check is planned, then InspectionPlanned with the team and the targets completed from the chart', () =>
    spec.given([]).when(plan).then([planned]));

  it('given a planned inspection, when planned again, then CONFLICT', () =>
    spec
      .given([planned])
      .when(plan)
      .thenRefuses('CONFLICT', /already planned/));

  it('given nothing, when the id is not a slug, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when(withChange({ inspectionId: 'Kiểm tra 1' }))
      .thenRefuses('BAD_USER_INPUT', /lower-case/));

  it('given nothing, when the theme is unknown, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when(withChange({ theme: 'weather' as never }))
      .thenRefuses('BAD_USER_INPUT', /theme/));

  it('given nothing, when the period ends before it starts, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when(withChange({ periodTo: '2024-06-01' }))
      .thenRefuses('BAD_USER_INPUT', /ends/));

  it('given nothing, when the period starts before the plan was made, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when(withChange({ plannedOn: '2024-07-01' }))
      .thenRefuses('BAD_USER_INPUT', /before the plan/));

  it('given nothing, when the outline’s content hash is not a SHA-256, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when(withChange({ outline: { number: null, title: 'Đề cương', contentHash: 'abc' } }))
      .thenRefuses('BAD_USER_INPUT', /SHA-256/));

  describe('the lead agency and the kind of inspection (Luật Thanh tra 2025)', () => {
    it('given nothing, when the lead agency is not registered, then NOT_FOUND', () =>
      spec
        .given([])
        .when(withChange({ leadAgencyId: 'so-khong-co' }))
        .thenRefuses('NOT_FOUND', /Lead agency so-khong-co/));

    it('given nothing, when the lead agency was dissolved, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ agencies: { ...agencies, 'so-ldtbxh-soc-trang': agency('so-ldtbxh-soc-trang', 'department', 'soc-trang', 'dissolved') } }))
        .thenRefuses('BAD_USER_INPUT', /dissolved/));

    it('given nothing, when a department plans a thanh tra before 1 July 2025, then it is planned (thanh tra Sở still existed)', () =>
      spec
        .given([])
        .when(withChange({ kind: 'thanh-tra' }))
        .then([{ ...planned, data: { ...planned.data, kind: 'thanh-tra' } }]));

    it('given nothing, when a department plans a thanh tra on or after 1 July 2025, then BAD_USER_INPUT: only the inspectorate does thanh tra', () =>
      spec
        .given([])
        .when(withChange({ kind: 'thanh-tra', plannedOn: '2025-07-01', periodFrom: '2025-08-01', periodTo: '2025-08-10' }))
        .thenRefuses('BAD_USER_INPUT', /thanh-tra planned on 2025-07-01 must be led by inspectorate/));

    it('given nothing, when the provincial inspectorate plans a thanh tra after 1 July 2025, then it is planned', () => {
      const byInspectorate = withChange({
        kind: 'thanh-tra',
        leadAgencyId: 'thanh-tra-soc-trang',
        memberAgencyIds: ['so-ldtbxh-soc-trang', 'cong-an-soc-trang'],
        members: [
          { subject: 'ttv-tinh', name: 'Phạm Văn D', agencyId: 'thanh-tra-soc-trang', role: 'head' },
          { subject: 'tv-ldtbxh', name: 'Nguyễn Văn A', agencyId: 'so-ldtbxh-soc-trang', role: 'member' },
        ],
        plannedOn: '2025-09-01',
        periodFrom: '2025-09-15',
        periodTo: '2025-09-30',
      });
      const [event] = inspectionDecider.decide(byInspectorate, inspectionDecider.initialState());
      expect(event).toMatchObject({ type: 'InspectionPlanned', data: { kind: 'thanh-tra', leadAgencyId: 'thanh-tra-soc-trang', plannedOn: '2025-09-01' } });
    });

    it('given nothing, when the inspectorate plans a kiểm tra, then BAD_USER_INPUT: kiểm tra is a managing department’s', () =>
      spec
        .given([])
        .when(
          withChange({
            leadAgencyId: 'thanh-tra-soc-trang',
            memberAgencyIds: ['so-ldtbxh-soc-trang'],
            members: [{ subject: 'ttv-tinh', name: 'Phạm Văn D', agencyId: 'thanh-tra-soc-trang', role: 'head' }],
          }),
        )
        .thenRefuses('BAD_USER_INPUT', /kiem-tra .* must be led by department/));

    it('given nothing, when the police leads a kiểm tra, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(
          withChange({
            leadAgencyId: 'cong-an-soc-trang',
            memberAgencyIds: ['so-ldtbxh-soc-trang'],
            members: [{ subject: 'tv-cong-an', name: 'Lê Văn C', agencyId: 'cong-an-soc-trang', role: 'head' }],
          }),
        )
        .thenRefuses('BAD_USER_INPUT', /cong-an-soc-trang is a police/));

    it('given nothing, when a member agency is not registered, then NOT_FOUND', () =>
      spec
        .given([])
        .when(withChange({ memberAgencyIds: ['so-gddt-soc-trang', 'so-ma'] }))
        .thenRefuses('NOT_FOUND', /Member agency so-ma/));

    it('given nothing, when the lead agency is also listed as a member agency, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ memberAgencyIds: ['so-ldtbxh-soc-trang', 'so-gddt-soc-trang', 'cong-an-soc-trang'] }))
        .thenRefuses('BAD_USER_INPUT', /lead agency is not also/));
  });

  describe('the team', () => {
    const members = plan.members;
    it('given nothing, when the team has no head, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ members: members.map((m) => ({ ...m, role: 'member' as const })) }))
        .thenRefuses('BAD_USER_INPUT', /exactly one head/));

    it('given nothing, when the team has two heads, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ members: [members[0], { ...members[1], role: 'head' }, members[2]] }))
        .thenRefuses('BAD_USER_INPUT', /exactly one head/));

    it('given nothing, when the team has two secretaries, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ members: [members[0], { ...members[1], role: 'secretary' }, members[2]] }))
        .thenRefuses('BAD_USER_INPUT', /at most one secretary/));

    it('given nothing, when a member is sent by an agency that takes no part, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ members: [...members, { subject: 'tv-y-te', name: 'Võ Thị E', agencyId: 'so-y-te-soc-trang', role: 'member' }] }))
        .thenRefuses('BAD_USER_INPUT', /neither the lead nor a member agency/));

    it('given nothing, when the same person is named twice, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ members: [...members, { ...members[1] }] }))
        .thenRefuses('BAD_USER_INPUT', /same id twice/));

    it('given nothing, when the team is empty, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ members: [] }))
        .thenRefuses('BAD_USER_INPUT', /1 to 30 members/));
  });

  describe('the targets', () => {
    it('given nothing, when an agency is a target, then its name and locality come from the chart', () => {
      const [event] = inspectionDecider.decide(
        withChange({ targets: [{ kind: 'agency', targetId: null, name: null, unitId: null, agencyId: 'ubnd-ke-sach' }] }),
        inspectionDecider.initialState(),
      );
      expect(event.data).toMatchObject({
        targets: [{ targetId: 'ubnd-ke-sach', kind: 'agency', name: 'Agency ubnd-ke-sach', unitId: 'ke-sach', agencyId: 'ubnd-ke-sach' }],
      });
    });

    it('given nothing, when a facility has no id of its own, then BAD_USER_INPUT (recurrence needs a stable id)', () =>
      spec
        .given([])
        .when(withChange({ targets: [{ ...plan.targets[0], targetId: null }] }))
        .thenRefuses('BAD_USER_INPUT', /own targetId/));

    it('given nothing, when a facility has no name, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ targets: [{ ...plan.targets[0], name: '  ' }] }))
        .thenRefuses('BAD_USER_INPUT', /needs a name/));

    it('given nothing, when the agency said to run a facility is not registered, then NOT_FOUND', () =>
      spec
        .given([])
        .when(withChange({ targets: [{ ...plan.targets[0], agencyId: 'tt-khong-co' }] }))
        .thenRefuses('NOT_FOUND', /running the facility tt-khong-co/));

    it('given nothing, when a facility’s locality is unknown, then NOT_FOUND', () =>
      spec
        .given([])
        .when(withChange({ targets: [{ ...plan.targets[0], unitId: 'atlantis' }] }))
        .thenRefuses('NOT_FOUND', /unit atlantis/));

    it('given nothing, when a locality was merged away, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ units: { ...units, 'ke-sach': unit('ke-sach', 'merged') } }))
        .thenRefuses('BAD_USER_INPUT', /no longer exists/));

    it('given nothing, when there is no target, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ targets: [] }))
        .thenRefuses('BAD_USER_INPUT', /at least one target/));

    it('given nothing, when the same target is named twice, then BAD_USER_INPUT', () =>
      spec
        .given([])
        .when(withChange({ targets: [plan.targets[0], plan.targets[0]] }))
        .thenRefuses('BAD_USER_INPUT', /same id twice/));
  });
});
