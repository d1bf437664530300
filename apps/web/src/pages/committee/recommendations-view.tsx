import { RECOMMENDATIONS, type RecommendationRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

interface FollowUp { responsibleAgencyId: string; responsibleAgencyName: string | null; open: number; overdue: number; reported: number; closed: number; reopened: number }

/** Recommendations of inspections and their follow-up, for the province's agencies (the API answers them as of today). */
export function RecommendationsView({ names }: { names: Map<string, string> }) {
  const { t } = useI18n();
  const recommendations = useGql(RECOMMENDATIONS, {});
  return (
    <section aria-labelledby="recommendations-title">
      <h2 id="recommendations-title">{t('recommendations')}</h2>
      <QueryState state={recommendations}>
        {(data: { inspectionRecommendations: RecommendationRow[]; recommendationFollowUp: FollowUp[] }) => {
          const counts = data.recommendationFollowUp.filter((row) => names.has(row.responsibleAgencyId));
          const rows = data.inspectionRecommendations.filter((row) => names.has(row.responsibleAgencyId));
          return (
            <>
              <table className="data">
                <caption>{t('responsibleAgency')}</caption>
                <thead><tr><th scope="col">{t('agency')}</th><th scope="col">{t('open')}</th><th scope="col">{t('overdue')}</th><th scope="col">{t('reported')}</th><th scope="col">{t('closed')}</th><th scope="col">{t('reopened')}</th></tr></thead>
                <tbody>{counts.map((row) => <tr key={row.responsibleAgencyId}><th scope="row">{names.get(row.responsibleAgencyId)}</th><td>{row.open}</td><td className={row.overdue ? 'alarm' : undefined}>{row.overdue}</td><td>{row.reported}</td><td>{row.closed}</td><td>{row.reopened}</td></tr>)}</tbody>
              </table>
              <table className="data">
                <caption>{t('recommendations')}</caption>
                <thead><tr><th scope="col">{t('dueDate')}</th><th scope="col">{t('correctiveAction')}</th><th scope="col">{t('responsibleAgency')}</th><th scope="col">{t('status')}</th><th scope="col">{t('reported')}</th></tr></thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.inspectionId}-${row.recommendationId}`}>
                      <td>{formatDate(row.dueDate)}</td><th scope="row">{row.correctiveAction}</th><td>{names.get(row.responsibleAgencyId)}</td>
                      <td><StatusBadge status={row.status} /></td><td>{row.reportedAction ? `${formatDate(row.reportedOn)}: ${row.reportedAction}` : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
