import { useEffect, useState } from 'react';
import { INSPECTION, START_INSPECTION, type InspectionDetail } from '../../api/operations';
import { mutate, useGql } from '../../api/use-gql';
import { FormStatus } from '../../components/form-status';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { onOutboxChange, queued, type QueuedFinding } from '../../offline/outbox';
import { FindingCard } from './finding-card';
import { IssueRecommendationForm } from './issue-recommendation-form';
import { RecordFindingForm } from './record-finding-form';

/** One inspection on site: start it, record findings (kept on the device when offline), revise them, issue recommendations. */
export function InspectionPage({ inspectionId, province }: { inspectionId: string; province: string }) {
  const { t } = useI18n();
  const inspection = useGql(INSPECTION, { id: inspectionId });
  const [waiting, setWaiting] = useState<QueuedFinding[]>([]);
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  useEffect(() => {
    const refresh = () => void queued().then((items) => {
      setWaiting(items.filter((item) => item.input.inspectionId === inspectionId));
      inspection.reload();
    });
    refresh();
    return onOutboxChange(refresh);
  }, [inspectionId]);
  return (
    <QueryState state={inspection}>
      {(data: { inspection: InspectionDetail }) => {
        const current = data.inspection;
        return (
          <>
            <section aria-labelledby="inspection-title">
              <h2 id="inspection-title">{current.title}</h2>
              <p>{t(current.kind)} · {t(`theme_${current.theme}`)} · {t(`status_${current.status}`)} · {formatDate(current.periodFrom)}–{formatDate(current.periodTo)}</p>
              {current.status === 'planned' && (
                <button type="button" onClick={async () => { const result = await mutate(START_INSPECTION, { input: { inspectionId } }); setOutcome(result); inspection.reload(); }}>{t('start')}</button>
              )}
              <FormStatus outcome={outcome} />
            </section>
            {waiting.length > 0 && (
              <section aria-labelledby="queued-title" className="queued">
                <h2 id="queued-title">{t('queued')}</h2>
                <p>{t('queuedNote')}</p>
                <ul>{waiting.map((item) => <li key={item.commandId} data-queued={item.commandId}>{String(item.input.criterion)}{item.failure ? ` — ${t('error')}: ${item.failure}` : ''}</li>)}</ul>
              </section>
            )}
            <section aria-labelledby="findings-title">
              <h2 id="findings-title">{t('findings')}</h2>
              {current.findings.length === 0 ? <p>{t('noRows')}</p> : current.findings.map((finding) => <FindingCard key={finding.findingId} finding={finding} revised={inspection.reload} />)}
            </section>
            {current.status === 'in-progress' && <RecordFindingForm inspection={current} />}
            <section aria-labelledby="recs-title">
              <h2 id="recs-title">{t('recommendations')}</h2>
              <ul className="cards">
                {current.recommendations.map((r) => <li key={r.recommendationId}>{r.correctiveAction} · {r.responsibleAgencyName ?? r.responsibleAgencyId} · {t('dueDate')} {formatDate(r.dueDate)} <StatusBadge status={r.status} /></li>)}
              </ul>
              {current.findings.length > 0 && <IssueRecommendationForm inspection={current} province={province} issued={inspection.reload} />}
            </section>
          </>
        );
      }}
    </QueryState>
  );
}
