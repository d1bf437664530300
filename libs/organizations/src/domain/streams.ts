/** Stream names: one stream per agency and per unit; the level set is one small stream. */
export const LEVELS_STREAM = 'organizations-administrative-levels';
export const agencyStream = (agencyId: string) => `agency-${agencyId}`;
export const unitStream = (unitId: string) => `administrative-unit-${unitId}`;
