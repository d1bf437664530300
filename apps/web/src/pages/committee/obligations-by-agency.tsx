import { useMemo } from 'react';
import { COMPLIANCE, type ComplianceRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { BarChart } from '../../components/bar-chart';
import { QueryState } from '../../components/query-state';
import { endOfDayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';

interface Totals { onTime: number; late: number; missing: number; pending: number }

const add = (totals: Totals, row: ComplianceRow): Totals => ({ onTime: totals.onTime + row.onTime, late: totals.late + row.late, missing: totals.missing + row.missing, pending: totals.pending + row.pending });
const ZERO: Totals = { onTime: 0, late: 0, missing: 0, pending: 0 };

function group(rows: ComplianceRow[], key: (row: ComplianceRow) => string): Map<string, Totals> {
  const groups = new Map<string, Totals>();
  for (const row of rows) groups.set(key(row), add(groups.get(key(row)) ?? ZERO, row));
  return groups;
}

export function ObligationsByAgency({ province, names, asOf }: { province: string; names: Map<string, string>; asOf: string }) {
  const { t } = useI18n();
  const compliance = useGql(COMPLIANCE, { jurisdiction: province, asOf: endOfDayInVietnam(asOf) });
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview')}</h2>
      <QueryState state={compliance}>
        {(data: { compliance: ComplianceRow[] }) => <Overview rows={data.compliance} names={names} province={province} />}
      </QueryState>
    </section>
  );
}

function Overview({ rows, names, province }: { rows: ComplianceRow[]; names: Map<string, string>; province: string }) {
  const { t } = useI18n();
  const byAgency = [...group(rows, (row) => row.agencyId)].sort(([, a], [, b]) => b.missing - a.missing || b.late - a.late);
  const byPeriod = useMemo(() => [...group(rows, (row) => `${row.period}`)].sort(([a], [b]) => a.localeCompare(b)), [rows]);
  const series = useMemo(
    () => [
      { name: t('onTime'), values: byPeriod.map(([, x]) => x.onTime), color: '#1b7f3b' },
      { name: t('late'), values: byPeriod.map(([, x]) => x.late), color: '#b26a00' },
      { name: t('overdue'), values: byPeriod.map(([, x]) => x.missing), color: '#b3261e' },
    ],
    [byPeriod, t],
  );
  const categories = useMemo(() => byPeriod.map(([period]) => period), [byPeriod]);
  if (rows.length === 0) return <p>{t('noRows')}</p>;
  return (
    <>
      <h3>{t('chartTitle')}</h3>
      <BarChart label={`${t('chartTitle')}: ${byPeriod.map(([p, x]) => `${p} ${t('onTime')} ${x.onTime}, ${t('late')} ${x.late}, ${t('overdue')} ${x.missing}`).join('; ')}`} categories={categories} series={series} />
      <table className="data">
        <caption>{t('overview')}</caption>
        <thead><tr><th scope="col">{t('agency')}</th><th scope="col">{t('onTime')}</th><th scope="col">{t('late')}</th><th scope="col">{t('overdue')}</th><th scope="col">{t('pending')}</th></tr></thead>
        <tbody>
          {byAgency.map(([agencyId, totals]) => (
            <tr key={agencyId} data-agency={agencyId}>
              <th scope="row"><a href={href(`/committee/${province}/agency/${agencyId}`)}>{names.get(agencyId) ?? agencyId}</a></th>
              <td>{totals.onTime}</td><td>{totals.late}</td><td className={totals.missing ? 'alarm' : undefined}>{totals.missing}</td><td>{totals.pending}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
