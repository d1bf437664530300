import { COMPLIANCE, type ComplianceRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { QueryState } from '../../components/query-state';
import { endOfDayInVietnam, formatPercent } from '../../format';
import { useI18n } from '../../i18n';

export function ComplianceTable({ province, names, asOf }: { province: string; names: Map<string, string>; asOf: string }) {
  const { t } = useI18n();
  const compliance = useGql(COMPLIANCE, { jurisdiction: province, asOf: endOfDayInVietnam(asOf) });
  return (
    <section aria-labelledby="compliance-title">
      <h2 id="compliance-title">{t('compliance')}</h2>
      <QueryState state={compliance}>
        {(data: { compliance: ComplianceRow[] }) => (
          <table className="data">
            <caption>{t('compliance')}</caption>
            <thead><tr><th scope="col">{t('agency')}</th><th scope="col">{t('period')}</th><th scope="col">{t('onTime')}</th><th scope="col">{t('late')}</th><th scope="col">{t('overdue')}</th><th scope="col">{t('pending')}</th><th scope="col">{t('lateRate')}</th></tr></thead>
            <tbody>
              {data.compliance.map((row) => (
                <tr key={`${row.agencyId}-${row.period}`}>
                  <th scope="row">{names.get(row.agencyId) ?? row.agencyId}</th><td>{row.period}</td><td>{row.onTime}</td><td>{row.late}</td>
                  <td className={row.missing ? 'alarm' : undefined}>{row.missing}</td><td>{row.pending}</td><td>{formatPercent(row.lateRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
