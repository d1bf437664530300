import { demoAgencies, demoUnits } from '../demo/organizations.demo';

/**
 * The demo's integration agreements: one gateway per province of the demo chart
 * (`soc-trang-gateway`...), acting for the agencies of the province and its districts.
 * Used only with the demo data and no INTEGRATION_SENDERS; recorded as integration grants at start-up.
 */
export function demoSenders(): Record<string, string[]> {
  const provinceOf = new Map<string, string>();
  for (const unit of demoUnits) {
    if (unit.levelCode === 'province') provinceOf.set(unit.unitId, unit.unitId);
    else if (unit.parentUnitId && unit.levelCode === 'district') provinceOf.set(unit.unitId, unit.parentUnitId);
  }
  const senders: Record<string, string[]> = {};
  for (const agency of demoAgencies) {
    const province = provinceOf.get(agency.unitId);
    if (province) (senders[`${province}-gateway`] ??= []).push(agency.agencyId);
  }
  return senders;
}
