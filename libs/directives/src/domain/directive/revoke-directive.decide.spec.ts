import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectiveCommand } from './commands';
import { directiveDecider } from './directive.decider';
import { issued, platform, revoked, revokedBy, superseded } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

const revoke = (changes: Partial<Extract<DirectiveCommand, { type: 'RevokeDirective' }>> = {}): DirectiveCommand => ({
  type: 'RevokeDirective',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  effectiveFrom: '2025-07-01',
  reason: 'Tỉnh Sóc Trăng hợp nhất vào thành phố Cần Thơ',
  revokingDocument: null,
  requester: platform,
  ...changes,
});

describe('revoking a directive (bãi bỏ)', () => {
  it('given the plan in force, when revoked, then DirectiveRevoked (its open tasks are cancelled)', () => spec.given([issued]).when(revoke()).then([revoked]));
  it('given a revoked plan, then it has no open tasks left and nothing more can be asked under it', () => {
    const state = [issued, revoked].reduce(directiveDecider.evolve, directiveDecider.initialState());
    expect(state).toMatchObject({ status: 'revoked', openTasks: {} });
    spec
      .given([issued, revoked])
      .when(revoke())
      .thenRefuses('CONFLICT', /revoked/);
    spec
      .given([issued, revoked])
      .when({
        type: 'RequestAdHocReport',
        directiveId: 'kh-soc-trang-23-ct-ttg',
        regimeId: 'bao-cao-dot-xuat',
        requestId: 'r1',
        content: 'x',
        reportingAgencyIds: [],
        dueDate: '2025-08-01',
        requestedOn: '2025-07-15',
        requester: platform,
        agencies: [],
      })
      .thenRefuses('CONFLICT', /revoked/);
  });
  it('given the plan, when revoked by a numbered decision, then the number is kept as printed', () =>
    spec
      .given([issued])
      .when(revoke({ revokingDocument: 'Số: 1234/QĐ-UBND' }))
      .then([revokedBy('1234/QĐ-UBND')]));
  it('given a superseded plan, when revoked, then CONFLICT', () =>
    spec
      .given([issued, superseded])
      .when(revoke({ effectiveFrom: '2026-02-01' }))
      .thenRefuses('CONFLICT', /superseded/));
  it('given the plan, when revoked without a reason, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(revoke({ reason: ' ' }))
      .thenRefuses('BAD_USER_INPUT', /reason/));
  it('given the plan, when revoked before its issue, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(revoke({ effectiveFrom: '2020-01-01' }))
      .thenRefuses('BAD_USER_INPUT', /last change/));
  it('given the plan, when the revoking document number is malformed, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(revoke({ revokingDocument: 'QĐ 1234' }))
      .thenRefuses('BAD_USER_INPUT', /not a document number/));
  it('given the plan, when an inspector revokes it, then FORBIDDEN', () =>
    spec
      .given([issued])
      .when(revoke({ requester: { subject: null, roles: ['inspector'], agencyId: null } }))
      .thenRefuses('FORBIDDEN'));
  it('given nothing, when revoked, then NOT_FOUND', () => spec.given([]).when(revoke()).thenRefuses('NOT_FOUND'));
});
