import type { AgencyFact } from '../agency-fact';
import { RegisterAgency, RenameAgency } from '../commands';
import { AgencyMergedInto, AgencyRegistered } from '../events';

export const unit = { unitId: 'soc-trang', status: 'active' as const, levelRank: 2 };

export const registered: AgencyRegistered = {
  type: 'AgencyRegistered',
  data: {
    agencyId: 'so-y-te-soc-trang',
    name: 'Sở Y tế',
    shortName: null,
    kind: 'department',
    unitId: 'soc-trang',
    parentAgencyId: null,
    functions: ['health'],
    effectiveFrom: '2010-01-01',
  },
};
export const register: RegisterAgency = {
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
export const rename = (effectiveFrom: string, name = 'Sở Y tế tỉnh Sóc Trăng'): RenameAgency => ({
  type: 'RenameAgency',
  agencyId: 'so-y-te-soc-trang',
  name,
  shortName: null,
  effectiveFrom,
  decision: null,
});
export const merged: AgencyMergedInto = {
  type: 'AgencyMergedInto',
  data: { agencyId: 'so-y-te-soc-trang', successorAgencyId: 'so-y-te-can-tho', effectiveFrom: '2025-07-01', decision: null },
};

/** Another agency as findAgencyFact would answer it; only status, functions and lastChange matter to these rules. */
export const fact = (agencyId: string, status: AgencyFact['status'] = 'active', functions: string[] = ['health'], lastChange = '2010-01-01'): AgencyFact => ({
  agencyId,
  name: agencyId,
  kind: 'department',
  unitId: 'soc-trang',
  status,
  existsFrom: '2010-01-01',
  endedOn: status === 'active' ? null : lastChange,
  successorAgencyId: null,
  functions,
  lastChange,
});
