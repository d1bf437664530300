import { useState } from 'react';
import { AGENCIES, type AgencyRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { AsOfPicker } from '../../components/as-of-picker';
import { QueryState } from '../../components/query-state';
import { todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { NotAllowed } from '../not-allowed';
import { AgencyObligations } from './agency-obligations';
import { CascadeView } from './cascade-view';
import { ComplianceTable } from './compliance-table';
import { FindingsView } from './findings-view';
import { ObligationsByAgency } from './obligations-by-agency';
import { RecommendationsView } from './recommendations-view';

const VIEWS = ['overview', 'compliance', 'cascade', 'findings', 'recommendations'] as const;

/** The steering committee's province: one view at a time, each answered as of the picked date. */
export function CommitteePage({ province, view, agencyId }: { province: string; view: string; agencyId?: string }) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState(todayInVietnam());
  const agencies = useGql(AGENCIES, { jurisdiction: province, asOf });
  return (
    <>
      <nav aria-label={t('committee')} className="tabs">
        <ul>
          {VIEWS.map((name) => (
            <li key={name}><a href={href(`/committee/${province}/${name}`)} aria-current={view === name ? 'page' : undefined}>{t(name)}</a></li>
          ))}
        </ul>
      </nav>
      <AsOfPicker value={asOf} onChange={setAsOf} />
      <QueryState state={agencies}>
        {(data: { agencies: AgencyRow[] }) => {
          const names = new Map(data.agencies.map((agency) => [agency.id, agency.name]));
          // An agency of another province under this province's path is another province's page.
          if (agencyId) return names.has(agencyId) ? <AgencyObligations agencyId={agencyId} name={names.get(agencyId)!} asOf={asOf} /> : <NotAllowed />;
          switch (view) {
            case 'compliance': return <ComplianceTable province={province} names={names} asOf={asOf} />;
            case 'cascade': return <CascadeView names={names} asOf={asOf} />;
            case 'findings': return <FindingsView province={province} asOf={asOf} />;
            case 'recommendations': return <RecommendationsView names={names} />;
            default: return <ObligationsByAgency province={province} names={names} asOf={asOf} />;
          }
        }}
      </QueryState>
    </>
  );
}
