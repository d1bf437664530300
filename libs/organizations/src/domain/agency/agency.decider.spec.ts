import { deciderSpec } from '@cpp/eventsourcing/testing';
import { AgencyEvent } from '../events';
import { AgencyCommand, agencyDecider, AgencyFact } from './agency.decider';

const spec = deciderSpec(agencyDecider);
const unit = { unitId: 'soc-trang', status: 'active' as const, levelRank: 2 };

const registered: AgencyEvent = {
  type: 'AgencyRegistered',
  data: { agencyId: 'so-y-te-soc-trang', name: 'Sở Y tế', shortName: null, kind: 'department', unitId: 'soc-trang', parentAgencyId: null, functions: ['health'], effectiveFrom: '2010-01-01' },
};
const register: AgencyCommand = {
  type: 'RegisterAgency',
  agencyId: 'so-y-te-soc-trang',
  name: '  Sở Y tế ',
  shortName: null,
  kind: 'department',
  unitId: 'soc-trang',
  unit,
  parentAgencyId: null,
  parent: null,
  functions: ['health', 'health'],
  effectiveFrom: '2010-01-01',
};
const rename = (effectiveFrom: string, name = 'Sở Y tế tỉnh Sóc Trăng'): AgencyCommand => ({ type: 'RenameAgency', agencyId: 'so-y-te-soc-trang', name, shortName: null, effectiveFrom, decision: null });
const merged: AgencyEvent = { type: 'AgencyMergedInto', data: { agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-y-te-can-tho', effectiveFrom: '2025-07-01', decision: null } };
const fact = (agencyId: string, status: AgencyFact['status'] = 'active', functions: string[] = ['health'], lastChange = '2010-01-01'): AgencyFact => ({ agencyId, status, functions, lastChange });

describe('agency decider', () => {
  describe('registering', () => {
    it('given nothing, when registered, then AgencyRegistered with a trimmed name and distinct functions', () =>
      spec.given([]).when(register).then([registered]));
    it('given a registered agency, when registered again, then CONFLICT', () => spec.given([registered]).when(register).thenRefuses('CONFLICT', /already registered/));
    it('given nothing, when the unit does not exist, then NOT_FOUND', () => spec.given([]).when({ ...register, unit: null }).thenRefuses('NOT_FOUND', /unit soc-trang/));
    it('given nothing, when the unit was merged away, then BAD_USER_INPUT', () =>
      spec.given([]).when({ ...register, unit: { ...unit, status: 'merged' } }).thenRefuses('BAD_USER_INPUT', /no longer exists/));
    it('given nothing, when the parent agency is unknown, then NOT_FOUND', () =>
      spec.given([]).when({ ...register, parentAgencyId: 'ubnd-x', parent: null }).thenRefuses('NOT_FOUND', /Parent agency/));
    it('given nothing, when the parent agency was dissolved, then BAD_USER_INPUT', () =>
      spec.given([]).when({ ...register, parentAgencyId: 'ubnd-x', parent: fact('ubnd-x', 'dissolved') }).thenRefuses('BAD_USER_INPUT', /dissolved/));
    it('given nothing, when the id is not a slug, then BAD_USER_INPUT', () => spec.given([]).when({ ...register, agencyId: 'Sở Y tế' }).thenRefuses('BAD_USER_INPUT', /lower-case/));
    it('given nothing, when the date is not a calendar date, then BAD_USER_INPUT', () =>
      spec.given([]).when({ ...register, effectiveFrom: '2021-02-30' }).thenRefuses('BAD_USER_INPUT', /YYYY-MM-DD/));
    it('given nothing, when the kind is unknown, then BAD_USER_INPUT', () => spec.given([]).when({ ...register, kind: 'castle' as never }).thenRefuses('BAD_USER_INPUT', /kind/));
  });

  describe('renaming', () => {
    it('given a registered agency, when renamed, then AgencyRenamed', () =>
      spec.given([registered]).when(rename('2020-01-01')).then([
        { type: 'AgencyRenamed', data: { agencyId: 'so-y-te-soc-trang', name: 'Sở Y tế tỉnh Sóc Trăng', shortName: null, effectiveFrom: '2020-01-01', decision: null } },
      ]));
    it('given a registered agency, when renamed to the same name, then nothing happens', () => spec.given([registered]).when(rename('2020-01-01', 'Sở Y tế')).then([]));
    it('given a registered agency, when renamed effective before its last change, then BAD_USER_INPUT', () =>
      spec.given([registered]).when(rename('2009-12-31')).thenRefuses('BAD_USER_INPUT', /rewrite its history/));
    it('given nothing, when renamed, then NOT_FOUND', () => spec.given([]).when(rename('2020-01-01')).thenRefuses('NOT_FOUND'));
    it('given a merged agency, when renamed, then CONFLICT', () => spec.given([registered, merged]).when(rename('2026-01-01')).thenRefuses('CONFLICT', /merged/));
  });

  describe('merging', () => {
    const absorb = (predecessors: AgencyFact[]): AgencyCommand => ({ type: 'AbsorbPredecessors', agencyId: 'so-y-te-soc-trang', predecessors, effectiveFrom: '2025-07-01', decision: '1/QĐ' });
    it('given an active successor, when it absorbs active predecessors, then it takes on their functions', () =>
      spec.given([registered]).when(absorb([fact('so-a', 'active', ['labour']), fact('so-b', 'active', ['labour', 'child-protection'])])).then([
        {
          type: 'AgencyAbsorbedPredecessors',
          data: { agencyId: 'so-y-te-soc-trang', predecessorAgencyIds: ['so-a', 'so-b'], functions: ['labour', 'child-protection'], effectiveFrom: '2025-07-01', decision: '1/QĐ' },
        },
      ]));
    it('given a successor, when a predecessor is already merged, then CONFLICT', () =>
      spec.given([registered]).when(absorb([fact('so-a', 'merged')])).thenRefuses('CONFLICT', /already merged/));
    it('given a successor, when it names itself as predecessor, then BAD_USER_INPUT', () =>
      spec.given([registered]).when(absorb([fact('so-y-te-soc-trang')])).thenRefuses('BAD_USER_INPUT', /itself/));
    it('given a successor, when a predecessor changed after the merger date, then BAD_USER_INPUT', () =>
      spec.given([registered]).when(absorb([fact('so-a', 'active', [], '2025-09-01')])).thenRefuses('BAD_USER_INPUT', /rewrite/));
    it('given an active predecessor, when merged into another agency, then AgencyMergedInto', () =>
      spec.given([registered]).when({ type: 'MergeAgencyInto', agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-y-te-can-tho', effectiveFrom: '2025-07-01', decision: null }).then([merged]));
  });

  describe('splitting functions and dissolving', () => {
    const transfer = (fn: string): AgencyCommand => ({ type: 'TransferFunction', agencyId: 'so-y-te-soc-trang', function: fn, toAgencyId: 'so-ldtbxh-soc-trang', effectiveFrom: '2025-03-01', decision: null });
    it('given an agency holding a function, when it transfers it, then AgencyFunctionTransferred', () =>
      spec.given([registered]).when(transfer('health')).then([
        { type: 'AgencyFunctionTransferred', data: { agencyId: 'so-y-te-soc-trang', function: 'health', toAgencyId: 'so-ldtbxh-soc-trang', effectiveFrom: '2025-03-01', decision: null } },
      ]));
    it('given an agency, when it transfers a function it does not hold, then BAD_USER_INPUT', () =>
      spec.given([registered]).when(transfer('child-protection')).thenRefuses('BAD_USER_INPUT', /does not hold/));
    it('given an agency holding a function, when it receives it again, then CONFLICT', () =>
      spec.given([registered]).when({ type: 'ReceiveFunction', agencyId: 'so-y-te-soc-trang', function: 'health', fromAgencyId: 'x', effectiveFrom: '2025-03-01', decision: null }).thenRefuses('CONFLICT'));
    it('given an agency, when dissolved into an unknown successor, then NOT_FOUND', () =>
      spec.given([registered]).when({ type: 'DissolveAgency', agencyId: 'so-y-te-soc-trang', successorAgencyId: 'x-y', successor: null, effectiveFrom: '2025-03-01', decision: null }).thenRefuses('NOT_FOUND'));
    it('given an agency, when dissolved with an active successor, then AgencyDissolved', () =>
      spec.given([registered]).when({ type: 'DissolveAgency', agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-x', successor: fact('so-x'), effectiveFrom: '2025-03-01', decision: null }).then([
        { type: 'AgencyDissolved', data: { agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-x', effectiveFrom: '2025-03-01', decision: null } },
      ]));
  });
});
