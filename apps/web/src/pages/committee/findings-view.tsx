import { useState } from 'react';
import { DISTRICTS, FINDINGS, type FindingRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../format';
import { THEMES, useI18n } from '../../i18n';

/** Findings by facility, locality and theme, newest first, recurring ones marked; as of a date = observed by then. */
export function FindingsView({ province, asOf }: { province: string; asOf: string }) {
  const { t } = useI18n();
  const [theme, setTheme] = useState('');
  const [locality, setLocality] = useState('');
  const districts = useGql(DISTRICTS, { parent: province });
  const findings = useGql(FINDINGS, { locality: locality || province, theme: theme || null, to: asOf });
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findings')}</h2>
      <div className="filters">
        <label htmlFor="theme">{t('theme')}</label>
        <select id="theme" value={theme} onChange={(event) => setTheme(event.target.value)}>
          <option value="">{t('allThemes')}</option>
          {THEMES.map((name) => <option key={name} value={name}>{t(`theme_${name}`)}</option>)}
        </select>
        <label htmlFor="locality">{t('locality')}</label>
        <select id="locality" value={locality} onChange={(event) => setLocality(event.target.value)}>
          <option value="">{t('allLocalities')}</option>
          {(districts.data as { administrativeUnits: { id: string; name: string }[] } | undefined)?.administrativeUnits.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
        </select>
      </div>
      <QueryState state={findings}>
        {(data: { inspectionFindings: { totalCount: number; items: FindingRow[] } }) => <ByTarget items={data.inspectionFindings.items} />}
      </QueryState>
    </section>
  );
}

function ByTarget({ items }: { items: FindingRow[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <p>{t('noRows')}</p>;
  const targets = new Map<string, FindingRow[]>();
  for (const item of items) targets.set(item.target.name, [...(targets.get(item.target.name) ?? []), item]);
  return (
    <>
      {[...targets].map(([target, findings]) => (
        <table className="data" key={target}>
          <caption>{target}</caption>
          <thead><tr><th scope="col">{t('observedOn')}</th><th scope="col">{t('criterion')}</th><th scope="col">{t('theme')}</th><th scope="col">{t('conformity')}</th><th scope="col">{t('recurring')}</th></tr></thead>
          <tbody>
            {findings.map((finding) => (
              <tr key={finding.findingId} data-recurring={finding.recurring}>
                <td>{formatDate(finding.observedOn)}</td>
                <th scope="row">{finding.criterion}</th>
                <td>{t(`theme_${finding.theme}`)}</td>
                <td>{t(finding.conformity)}{finding.severity ? ` · ${t(finding.severity)}` : ''}</td>
                <td>{finding.recurring ? <span className="badge badge-recurring">{t('recurring')} ({t('recurringOf')} {formatDate(finding.recurrenceOf?.observedOn)})</span> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
