import { useId, useState } from 'react';
import { errorKind } from '../../api/client';
import { INSPECTION, REVISE_FINDING, type FindingRow, type InspectionDetail } from '../../api/operations';
import { mutate } from '../../api/use-gql';
import { graphqlClient } from '../../api/client';
import { FormStatus } from '../../components/form-status';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

type Content = Pick<FindingRow, 'criterion' | 'legalBasis' | 'conformity' | 'severity' | 'description'>;

const contentOf = (finding: FindingRow): Content => ({ criterion: finding.criterion, legalBasis: finding.legalBasis, conformity: finding.conformity, severity: finding.severity, description: finding.description });

/**
 * A finding, and its revision against the revision the inspector saw. When someone revised it
 * in between, the API answers CONFLICT: both versions are shown and nothing is overwritten; the
 * inspector keeps the current one or edits on top of it.
 */
export function FindingCard({ finding, revised }: { finding: FindingRow; revised(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [editing, setEditing] = useState<{ base: FindingRow; draft: Content } | null>(null);
  const [conflict, setConflict] = useState<{ mine: Content; current: FindingRow } | null>(null);
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);

  async function save(base: FindingRow, draft: Content) {
    const input = { inspectionId: base.inspectionId, findingId: base.findingId, expectedRevision: base.revision, ...draft, severity: draft.conformity === 'NONCONFORMING' ? draft.severity : null };
    const result = await mutate(REVISE_FINDING, { input });
    if (errorKind(result.error) === 'CONFLICT') {
      const latest = await graphqlClient.query(INSPECTION, { id: base.inspectionId }).toPromise();
      const current = (latest.data?.inspection as InspectionDetail | undefined)?.findings.find((f) => f.findingId === base.findingId);
      if (current) {
        setConflict({ mine: draft, current });
        setEditing(null);
        return;
      }
    }
    setOutcome(result);
    if (!result.error) {
      setEditing(null);
      revised();
    }
  }

  return (
    <article className="finding" aria-labelledby={`${id}-title`} data-finding={finding.findingId}>
      <h3 id={`${id}-title`}>{finding.criterion}</h3>
      <p>{finding.target.name} · {formatDate(finding.observedOn)} · {t(finding.conformity)}{finding.severity ? ` · ${t(finding.severity)}` : ''}{finding.recurring ? ` · ${t('recurring')}` : ''}</p>
      <p>{finding.description}</p>
      {conflict && (
        <div role="alert" className="conflict">
          <h4>{t('conflictTitle')}</h4>
          <div className="versions">
            <Version title={t('yourVersion')} content={conflict.mine} />
            <Version title={`${t('currentVersion')} (${conflict.current.revisedBy ?? conflict.current.recordedBy})`} content={contentOf(conflict.current)} />
          </div>
          <button type="button" onClick={() => { setConflict(null); revised(); }}>{t('keepCurrent')}</button>{' '}
          <button type="button" onClick={() => { setEditing({ base: conflict.current, draft: conflict.mine }); setConflict(null); }}>{t('editOnCurrent')}</button>
        </div>
      )}
      {!editing && !conflict && <button type="button" onClick={() => setEditing({ base: finding, draft: contentOf(finding) })}>{t('revise')}</button>}
      {editing && (
        <form className="stacked" aria-label={t('reviseFinding')} onSubmit={(event) => { event.preventDefault(); void save(editing.base, editing.draft); }}>
          {(['criterion', 'legalBasis', 'description'] as const).map((field) => (
            <div key={field}>
              <label htmlFor={`${id}-${field}`}>{t(field)}</label>
              <textarea id={`${id}-${field}`} value={editing.draft[field]} onChange={(event) => setEditing({ ...editing, draft: { ...editing.draft, [field]: event.target.value } })} required />
            </div>
          ))}
          <button type="submit">{t('save')}</button>
        </form>
      )}
      <FormStatus outcome={outcome} />
    </article>
  );
}

function Version({ title, content }: { title: string; content: Content }) {
  const { t } = useI18n();
  return (
    <dl className="version" aria-label={title}>
      <dt>{title}</dt>
      <dd>{content.criterion}</dd>
      <dd>{content.legalBasis}</dd>
      <dd>{t(content.conformity)}{content.severity ? ` · ${t(content.severity)}` : ''}</dd>
      <dd>{content.description}</dd>
    </dl>
  );
}
