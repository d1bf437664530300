import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectiveCommand } from './commands';
import { directiveDecider } from './directive.decider';
import { amendment, directive, issued, officerOf, platform, superseded } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

const supersede = (changes: Partial<Extract<DirectiveCommand, { type: 'SupersedeDirective' }>> = {}): DirectiveCommand => ({
  type: 'SupersedeDirective',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  supersededByDirectiveId: 'kh-soc-trang-2026',
  effectiveFrom: '2026-01-01',
  requester: platform,
  successor: directive('kh-soc-trang-2026', '2025-12-20'),
  ...changes,
});

describe('superseding a directive', () => {
  it('given the plan in force, when a newer plan replaces it, then DirectiveSuperseded (its open tasks close as superseded)', () =>
    spec.given([issued]).when(supersede()).then([superseded]));
  it('given a superseded plan, then it has no open tasks left and no longer changes', () => {
    const state = [issued, superseded].reduce(directiveDecider.evolve, directiveDecider.initialState());
    expect(state).toMatchObject({ status: 'superseded', openTasks: {}, lastChange: '2026-01-01' });
    spec
      .given([issued, superseded])
      .when(supersede())
      .thenRefuses('CONFLICT', /superseded/);
  });
  it('given the plan, when the successor is not recorded, then NOT_FOUND', () =>
    spec
      .given([issued])
      .when(supersede({ successor: null }))
      .thenRefuses('NOT_FOUND', /kh-soc-trang-2026/));
  it('given the plan, when the successor was itself revoked, then CONFLICT', () =>
    spec
      .given([issued])
      .when(supersede({ successor: directive('kh-soc-trang-2026', '2025-12-20', [], 'revoked') }))
      .thenRefuses('CONFLICT', /revoked/));
  it('given the plan, when it would supersede itself, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(supersede({ supersededByDirectiveId: 'kh-soc-trang-23-ct-ttg', successor: directive('kh-soc-trang-23-ct-ttg', '2021-02-24') }))
      .thenRefuses('BAD_USER_INPUT', /itself/));
  it('given the plan, when superseded before the successor was issued, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(supersede({ effectiveFrom: '2025-12-01' }))
      .thenRefuses('BAD_USER_INPUT', /issue date of kh-soc-trang-2026/));
  it('given an amended plan, when superseded effective before the amendment, then BAD_USER_INPUT', () =>
    spec
      .given([issued, amendment])
      .when(supersede({ effectiveFrom: '2026-01-01' }))
      .thenRefuses('BAD_USER_INPUT', /last change/));
  it('given the plan, when an officer of another agency supersedes it, then FORBIDDEN', () =>
    spec
      .given([issued])
      .when(supersede({ requester: officerOf('so-ldtbxh-soc-trang') }))
      .thenRefuses('FORBIDDEN'));
  it('given nothing, when superseded, then NOT_FOUND', () => spec.given([]).when(supersede()).thenRefuses('NOT_FOUND'));
});
