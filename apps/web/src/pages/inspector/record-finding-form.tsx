import { useState } from 'react';
import type { InspectionDetail } from '../../api/operations';
import { todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { newClientId, recordFindingThroughOutbox } from '../../offline/outbox';

/** Every finding goes through the outbox: stored on the device first, sent now or when the connection returns. */
export function RecordFindingForm({ inspection }: { inspection: InspectionDetail }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="record-title">
      <h2 id="record-title">{t('recordFinding')}</h2>
      <form
        className="stacked"
        onSubmit={async (event) => {
          event.preventDefault();
          const element = event.currentTarget;
          const form = new FormData(element);
          const value = (name: string) => String(form.get(name) ?? '');
          const conformity = value('conformity');
          await recordFindingThroughOutbox({
            findingId: newClientId(),
            inspectionId: inspection.id,
            targetId: value('targetId'),
            criterionCode: value('criterionCode'),
            criterion: value('criterion'),
            legalBasis: value('legalBasis'),
            conformity,
            severity: conformity === 'NONCONFORMING' ? value('severity') : null,
            description: value('description'),
            observedOn: todayInVietnam(),
          });
          element.reset();
          setSaved(true);
        }}
      >
        <label htmlFor="finding-target">{t('target')}</label>
        <select id="finding-target" name="targetId">{inspection.targets.map((target) => <option key={target.targetId} value={target.targetId}>{target.name}</option>)}</select>
        <label htmlFor="finding-code">{t('criterionCode')}</label>
        <input id="finding-code" name="criterionCode" required pattern="[a-z0-9][a-z0-9\-]{1,99}" />
        <label htmlFor="finding-criterion">{t('criterion')}</label>
        <input id="finding-criterion" name="criterion" required />
        <label htmlFor="finding-basis">{t('legalBasis')}</label>
        <input id="finding-basis" name="legalBasis" required />
        <label htmlFor="finding-conformity">{t('conformity')}</label>
        <select id="finding-conformity" name="conformity" defaultValue="NONCONFORMING"><option value="NONCONFORMING">{t('NONCONFORMING')}</option><option value="CONFORMING">{t('CONFORMING')}</option></select>
        <label htmlFor="finding-severity">{t('severity')}</label>
        <select id="finding-severity" name="severity" defaultValue="SHORTCOMING">{['SHORTCOMING', 'VIOLATION', 'SERIOUS_VIOLATION'].map((s) => <option key={s} value={s}>{t(s)}</option>)}</select>
        <label htmlFor="finding-description">{t('description')}</label>
        <textarea id="finding-description" name="description" required />
        <button type="submit">{t('recordFinding')}</button>
        {saved && <p role="status">{navigator.onLine ? t('done') : t('queuedNote')}</p>}
      </form>
    </section>
  );
}
