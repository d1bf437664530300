import { useState } from 'react';
import { OBLIGATIONS, type ObligationRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { endOfDayInVietnam, formatDate } from '../../format';
import { useI18n } from '../../i18n';

const STATUSES = ['OVERDUE', 'DUE_SOON', 'OPEN', 'SUBMITTED_LATE', 'SUBMITTED_ON_TIME', 'DONE'];

/** What one agency owes, by due date, as of the picked date; the overdue ones first to hand. */
export function AgencyObligations({ agencyId, name, asOf }: { agencyId: string; name: string; asOf: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const obligations = useGql(OBLIGATIONS, { agency: agencyId, asOf: endOfDayInVietnam(asOf), status: status ? [status] : null });
  return (
    <section aria-labelledby="agency-title">
      <h2 id="agency-title">{t('obligations')}: {name}</h2>
      <label htmlFor="status-filter">{t('filterStatus')}</label>{' '}
      <select id="status-filter" value={status} onChange={(event) => setStatus(event.target.value)}>
        <option value="">{t('allStatuses')}</option>
        {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
      </select>
      <QueryState state={obligations}>
        {(data: { obligations: ObligationRow[] }) => <ObligationTable rows={data.obligations} />}
      </QueryState>
    </section>
  );
}

export function ObligationTable({ rows, actions }: { rows: ObligationRow[]; actions?: (row: ObligationRow) => React.ReactNode }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p>{t('noRows')}</p>;
  return (
    <table className="data obligations">
      <caption>{t('obligations')}</caption>
      <thead><tr><th scope="col">{t('dueDate')}</th><th scope="col">{t('title')}</th><th scope="col">{t('source')}</th><th scope="col">{t('status')}</th>{actions && <th scope="col"><span className="sr-only">{t('action')}</span></th>}</tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-obligation={row.id} data-status={row.status} data-kind={row.kind}>
            <td>{formatDate(row.dueDate)}</td>
            <th scope="row">{row.title}{row.period ? ` (${row.period})` : ''}</th>
            <td>{row.source.documentNumber ?? '—'}{row.source.sections.length ? ` · ${row.source.sections.join(', ')}` : ''}</td>
            <td><StatusBadge status={row.status} /></td>
            {actions && <td>{actions(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
