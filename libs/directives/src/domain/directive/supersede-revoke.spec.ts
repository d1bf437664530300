import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectivesEvent } from '../internal-events';
import { DirectiveCommand } from './directive.commands';
import { directiveDecider } from './directive.decider';
import { directive, healthTask, issued, officerOf } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

const supersede = (changes: Partial<Extract<DirectiveCommand, { type: 'SupersedeDirective' }>> = {}): DirectiveCommand => ({
  type: 'SupersedeDirective',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  supersededByDirectiveId: 'kh-soc-trang-2026',
  effectiveFrom: '2026-01-01',
  requester: null,
  successor: directive('kh-soc-trang-2026', '2025-12-20'),
  ...changes,
});
const revoke = (changes: Partial<Extract<DirectiveCommand, { type: 'RevokeDirective' }>> = {}): DirectiveCommand => ({
  type: 'RevokeDirective',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  effectiveFrom: '2025-07-01',
  reason: 'Tỉnh Sóc Trăng hợp nhất vào thành phố Cần Thơ',
  revokingDocument: null,
  requester: null,
  ...changes,
});
const superseded: DirectivesEvent = { type: 'DirectiveSuperseded', data: { directiveId: 'kh-soc-trang-23-ct-ttg', supersededByDirectiveId: 'kh-soc-trang-2026', effectiveFrom: '2026-01-01' } };
const revokedBy = (revokingDocument: string | null): DirectivesEvent => ({
  type: 'DirectiveRevoked',
  data: { directiveId: 'kh-soc-trang-23-ct-ttg', effectiveFrom: '2025-07-01', reason: 'Tỉnh Sóc Trăng hợp nhất vào thành phố Cần Thơ', revokingDocument },
});
const revoked = revokedBy(null);
const amendment: DirectivesEvent = {
  type: 'DirectiveAmended',
  data: { directiveId: 'kh-soc-trang-23-ct-ttg', amendedOn: '2026-03-01', amendingDocument: null, subject: 'Bổ sung', addedTasks: [], changedTasks: [], withdrawnTaskIds: ['ii-4-d'], addedReportingRegimes: [] },
};

describe('superseding a directive', () => {
  it('given the plan in force, when a newer plan replaces it, then DirectiveSuperseded (its open tasks close as superseded)', () =>
    spec.given([issued]).when(supersede()).then([superseded]));
  it('given a superseded plan, then it has no open tasks left and no longer changes', () => {
    const state = [issued, superseded].reduce(directiveDecider.evolve, directiveDecider.initialState());
    expect(state).toMatchObject({ status: 'superseded', openTasks: {}, lastChange: '2026-01-01' });
    spec.given([issued, superseded]).when(supersede()).thenRefuses('CONFLICT', /superseded/);
  });
  it('given the plan, when the successor is not recorded, then NOT_FOUND', () => spec.given([issued]).when(supersede({ successor: null })).thenRefuses('NOT_FOUND', /kh-soc-trang-2026/));
  it('given the plan, when the successor was itself revoked, then CONFLICT', () =>
    spec.given([issued]).when(supersede({ successor: directive('kh-soc-trang-2026', '2025-12-20', [], 'revoked') })).thenRefuses('CONFLICT', /revoked/));
  it('given the plan, when it would supersede itself, then BAD_USER_INPUT', () =>
    spec.given([issued]).when(supersede({ supersededByDirectiveId: 'kh-soc-trang-23-ct-ttg', successor: directive('kh-soc-trang-23-ct-ttg', '2021-02-24') })).thenRefuses('BAD_USER_INPUT', /itself/));
  it('given the plan, when superseded before the successor was issued, then BAD_USER_INPUT', () =>
    spec.given([issued]).when(supersede({ effectiveFrom: '2025-12-01' })).thenRefuses('BAD_USER_INPUT', /issue date of kh-soc-trang-2026/));
  it('given an amended plan, when superseded effective before the amendment, then BAD_USER_INPUT', () =>
    spec.given([issued, amendment]).when(supersede({ effectiveFrom: '2026-01-01' })).thenRefuses('BAD_USER_INPUT', /last change/));
  it('given the plan, when an officer of another agency supersedes it, then FORBIDDEN', () =>
    spec.given([issued]).when(supersede({ requester: officerOf('so-ldtbxh-soc-trang') })).thenRefuses('FORBIDDEN'));
  it('given nothing, when superseded, then NOT_FOUND', () => spec.given([]).when(supersede()).thenRefuses('NOT_FOUND'));
});

describe('revoking a directive (bãi bỏ)', () => {
  it('given the plan in force, when revoked, then DirectiveRevoked (its open tasks are cancelled)', () => spec.given([issued]).when(revoke()).then([revoked]));
  it('given a revoked plan, then it has no open tasks left and nothing more can be asked under it', () => {
    const state = [issued, revoked].reduce(directiveDecider.evolve, directiveDecider.initialState());
    expect(state).toMatchObject({ status: 'revoked', openTasks: {} });
    spec.given([issued, revoked]).when(revoke()).thenRefuses('CONFLICT', /revoked/);
    spec
      .given([issued, revoked])
      .when({ type: 'RequestAdHocReport', directiveId: 'kh-soc-trang-23-ct-ttg', regimeId: 'bao-cao-dot-xuat', requestId: 'r1', content: 'x', reportingAgencyIds: [], dueDate: '2025-08-01', requestedOn: '2025-07-15', requester: null, agencies: [] })
      .thenRefuses('CONFLICT', /revoked/);
  });
  it('given the plan, when revoked by a numbered decision, then the number is kept as printed', () =>
    spec
      .given([issued])
      .when(revoke({ revokingDocument: 'Số: 1234/QĐ-UBND' }))
      .then([revokedBy('1234/QĐ-UBND')]));
  it('given a superseded plan, when revoked, then CONFLICT', () => spec.given([issued, superseded]).when(revoke({ effectiveFrom: '2026-02-01' })).thenRefuses('CONFLICT', /superseded/));
  it('given the plan, when revoked without a reason, then BAD_USER_INPUT', () => spec.given([issued]).when(revoke({ reason: ' ' })).thenRefuses('BAD_USER_INPUT', /reason/));
  it('given the plan, when revoked before its issue, then BAD_USER_INPUT', () => spec.given([issued]).when(revoke({ effectiveFrom: '2020-01-01' })).thenRefuses('BAD_USER_INPUT', /last change/));
  it('given the plan, when the revoking document number is malformed, then BAD_USER_INPUT', () =>
    spec.given([issued]).when(revoke({ revokingDocument: 'QĐ 1234' })).thenRefuses('BAD_USER_INPUT', /not a document number/));
  it('given the plan, when an inspector revokes it, then FORBIDDEN', () => spec.given([issued]).when(revoke({ requester: { roles: ['inspector'], agencyId: null } })).thenRefuses('FORBIDDEN'));
  it('given nothing, when revoked, then NOT_FOUND', () => spec.given([]).when(revoke()).thenRefuses('NOT_FOUND'));
});

describe('what happens to the open tasks', () => {
  const openTaskIds = (history: DirectivesEvent[]) => {
    const state = history.reduce(directiveDecider.evolve, directiveDecider.initialState());
    return state.status === 'none' ? [] : Object.keys(state.openTasks);
  };
  it('an amendment closes only the withdrawn tasks; the others stay open', () => expect(openTaskIds([issued, amendment])).toEqual([healthTask.taskId]));
  it('superseding closes every open task', () => expect(openTaskIds([issued, superseded])).toEqual([]));
  it('revoking closes every open task', () => expect(openTaskIds([issued, revoked])).toEqual([]));
});
