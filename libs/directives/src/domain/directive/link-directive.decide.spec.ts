import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectiveEvent } from './events';
import { DirectiveCommand } from './commands';
import { directiveDecider } from './directive.decider';
import { directive, issued, officerOf, platform } from './testing/fixtures';

const spec = deciderSpec(directiveDecider);

/** 23/CT-TTg ← 923/QĐ-LĐTBXH ← the Sóc Trăng plan (issued): the chain as the handler finds it. */
const chain = [
  directive('ct-23-ttg', '2020-05-26'),
  directive('qd-923-ldtbxh', '2020-08-04', ['ct-23-ttg']),
  directive('kh-soc-trang-23-ct-ttg', '2021-02-24', ['qd-923-ldtbxh']),
];
const link = (targetDirectiveId: string, changes: Partial<Extract<DirectiveCommand, { type: 'LinkDirective' }>> = {}): DirectiveCommand => ({
  type: 'LinkDirective',
  directiveId: 'kh-soc-trang-23-ct-ttg',
  relation: 'implements',
  targetDirectiveId,
  requester: platform,
  directives: [...chain, directive('qd-1472-ttg', '2020-09-28')],
  ...changes,
});
const linked = (targetDirectiveId: string, relation: 'implements' | 'based-on' = 'implements'): DirectiveEvent => ({
  type: 'DirectiveLinked',
  data: { directiveId: 'kh-soc-trang-23-ct-ttg', relation, targetDirectiveId },
});

describe('linking directives in the cascade after both were recorded', () => {
  it('given the plan, when linked to a further document it implements, then DirectiveLinked', () =>
    spec
      .given([issued])
      .when(link('qd-1472-ttg'))
      .then([linked('qd-1472-ttg')]));
  it('given the plan, when linked to a document it rests on, then DirectiveLinked (based-on)', () =>
    spec
      .given([issued])
      .when(link('qd-1472-ttg', { relation: 'based-on' }))
      .then([linked('qd-1472-ttg', 'based-on')]));
  it('given the link exists, when linked again, then nothing happens', () =>
    spec
      .given([issued, linked('qd-1472-ttg')])
      .when(link('qd-1472-ttg'))
      .then([]));
  it('given the link came with the issue, when linked again, then nothing happens', () => spec.given([issued]).when(link('qd-923-ldtbxh')).then([]));

  it('given 23/CT-TTg, when linked to implement the plan that (through 923) implements it, then BAD_USER_INPUT naming the cycle', () =>
    spec
      .given([
        {
          ...issued,
          data: { ...issued.data, directiveId: 'ct-23-ttg', issuedOn: '2020-05-26', effectiveFrom: null, implementsDirectiveIds: [], basedOnDirectiveIds: [] },
        },
      ])
      .when(link('kh-soc-trang-23-ct-ttg', { directiveId: 'ct-23-ttg', directives: chain }))
      .thenRefuses('BAD_USER_INPUT', /cycle in the cascade: ct-23-ttg → kh-soc-trang-23-ct-ttg → qd-923-ldtbxh → ct-23-ttg/));
  it('given an undated pair, when the link would close a cycle, then BAD_USER_INPUT (dates cannot hide it)', () =>
    spec
      .given([
        {
          ...issued,
          data: { ...issued.data, directiveId: 'ct-23-ttg', issuedOn: null, effectiveFrom: null, implementsDirectiveIds: [], basedOnDirectiveIds: [] },
        },
      ])
      .when(link('kh-soc-trang-23-ct-ttg', { directiveId: 'ct-23-ttg', directives: chain.map((fact) => ({ ...fact, issuedOn: null })) }))
      .thenRefuses('BAD_USER_INPUT', /cycle/));
  it('given the plan, when linked to itself, then BAD_USER_INPUT', () =>
    spec.given([issued]).when(link('kh-soc-trang-23-ct-ttg')).thenRefuses('BAD_USER_INPUT', /cycle/));
  it('given the plan, when it would rest on itself, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(link('kh-soc-trang-23-ct-ttg', { relation: 'based-on' }))
      .thenRefuses('BAD_USER_INPUT', /itself/));
  it('given the plan, when linked to an unrecorded document, then NOT_FOUND', () =>
    spec.given([issued]).when(link('nq-121-2020-qh14')).thenRefuses('NOT_FOUND'));
  it('given the plan, when linked to a later document, then BAD_USER_INPUT', () =>
    spec
      .given([issued])
      .when(link('kh-2022', { directives: [directive('kh-2022', '2022-01-01')] }))
      .thenRefuses('BAD_USER_INPUT', /later one/));
  it('given nothing, when linked, then NOT_FOUND', () =>
    spec
      .given([])
      .when(link('qd-1472-ttg'))
      .thenRefuses('NOT_FOUND', /not recorded/));
  it('given the plan, when an officer of another agency links it, then FORBIDDEN', () =>
    spec
      .given([issued])
      .when(link('qd-1472-ttg', { requester: officerOf('so-y-te-soc-trang') }))
      .thenRefuses('FORBIDDEN'));
  it('given a revoked plan, when linked, then the link is still recorded (it is a fact about the text)', () =>
    spec
      .given([
        issued,
        {
          type: 'DirectiveRevoked',
          data: { directiveId: 'kh-soc-trang-23-ct-ttg', effectiveFrom: '2022-01-01', reason: 'Hết hiệu lực', revokingDocument: null },
        },
      ])
      .when(link('qd-1472-ttg'))
      .then([linked('qd-1472-ttg')]));
});
