import { invalid, notFound } from '@cpp/eventsourcing';
import { AgencyFact } from '../../facts';

/**
 * Every agency a document names must be in the organisation chart and must have existed on the
 * document's date: a 2019 dispatch may name an agency merged in 2025, a 2026 one may not.
 */
export function requireAgency(agencies: AgencyFact[], agencyId: string, role: string, on: string | null): void {
  const agency = agencies.find((candidate) => candidate.agencyId === agencyId);
  if (!agency) throw notFound(`Agency ${agencyId} (${role}) is not registered in the organisation chart`, { agencyId });
  if (on === null) return;
  if (agency.existsFrom > on) throw invalid(`Agency ${agencyId} (${role}) did not exist yet on ${on}; it exists from ${agency.existsFrom}`, { agencyId });
  if (agency.endedOn !== null && agency.endedOn <= on) throw invalid(`Agency ${agencyId} (${role}) had ceased to exist on ${agency.endedOn}, before ${on}`, { agencyId });
}
