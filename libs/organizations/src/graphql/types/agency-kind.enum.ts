import { registerEnumType } from '@nestjs/graphql';
import { AGENCY_KINDS } from '../../domain/agency/events';

/** GraphQL enum values must be names, so the kinds' dashes become underscores here. */
export const AgencyKindEnum = Object.fromEntries(AGENCY_KINDS.map((kind) => [kind.replace(/-/g, '_').toUpperCase(), kind])) as Record<
  string,
  (typeof AGENCY_KINDS)[number]
>;

registerEnumType(AgencyKindEnum, {
  name: 'AgencyKind',
  description: 'ministry, Sở (department), People’s Committee, police, mass organisation, district office, commune committee…',
});
