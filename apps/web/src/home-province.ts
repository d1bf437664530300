import { useEffect, useState } from 'react';
import { graphqlClient } from './api/client';
import { HOME_UNIT, UNIT } from './api/operations';
import type { Person } from './auth/session';

/** The province a person's agency belongs to (walking up from a district or commune); null for platform-wide people. */
export function useHomeProvince(person: Person | null): { province: string | null; ready: boolean } {
  const [state, setState] = useState<{ province: string | null; ready: boolean }>({ province: null, ready: false });
  useEffect(() => {
    if (!person) return;
    if (!person.agencyId) return setState({ province: null, ready: true });
    void (async () => {
      const agency = await graphqlClient.query(HOME_UNIT, { id: person.agencyId }).toPromise();
      let unit = agency.data?.agency.unit as { id: string; levelCode: string; parentUnitId: string | null } | undefined;
      while (unit && unit.levelCode !== 'province' && unit.parentUnitId) {
        unit = (await graphqlClient.query(UNIT, { id: unit.parentUnitId }).toPromise()).data?.administrativeUnit;
      }
      setState({ province: unit?.levelCode === 'province' ? unit.id : null, ready: true });
    })();
  }, [person]);
  return state;
}
