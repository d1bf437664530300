import { useState } from 'react';
import { PLAN_INSPECTION } from '../../api/operations';
import { mutate } from '../../api/use-gql';
import type { Person } from '../../auth/session';
import { FormStatus } from '../../components/form-status';
import { todayInVietnam } from '../../format';
import { THEMES, useI18n } from '../../i18n';
import { navigate } from '../../router';
import { newClientId } from '../../offline/outbox';

/** A kiểm tra (or thanh tra, for an inspectorate) led by the inspector's agency, the inspector as head. */
export function PlanInspectionForm({ person, province }: { person: Person; province: string }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  const today = todayInVietnam();
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('planInspection')}</h2>
      <form
        className="stacked"
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const value = (name: string) => String(form.get(name) ?? '');
          const inspectionId = newClientId();
          const input = {
            inspectionId,
            title: value('title'),
            kind: value('kind'),
            theme: value('theme'),
            leadAgencyId: person.agencyId,
            members: [{ subject: person.subject, name: person.name, agencyId: person.agencyId, role: 'HEAD' }],
            targets: [{ kind: 'FACILITY', targetId: value('targetId'), name: value('targetName'), unitId: value('unitId') }],
            periodFrom: value('periodFrom'),
            periodTo: value('periodTo'),
            plan: { title: value('planTitle') },
            outline: { title: value('outlineTitle') },
          };
          const result = await mutate(PLAN_INSPECTION, { input });
          setOutcome(result);
          if (!result.error) navigate(`/inspector/inspection/${inspectionId}`);
        }}
      >
        <label htmlFor="plan-title-input">{t('title')}</label>
        <input id="plan-title-input" name="title" required />
        <label htmlFor="plan-kind">{t('kind')}</label>
        <select id="plan-kind" name="kind" defaultValue="KIEM_TRA"><option value="KIEM_TRA">{t('KIEM_TRA')}</option><option value="THANH_TRA">{t('THANH_TRA')}</option></select>
        <label htmlFor="plan-theme">{t('theme')}</label>
        <select id="plan-theme" name="theme" defaultValue="CARE_FACILITIES">{THEMES.map((theme) => <option key={theme} value={theme}>{t(`theme_${theme}`)}</option>)}</select>
        <label htmlFor="plan-target">{t('targetName')}</label>
        <input id="plan-target" name="targetName" required />
        <label htmlFor="plan-target-id">{t('targetId')}</label>
        <input id="plan-target-id" name="targetId" required pattern="[a-z0-9][a-z0-9\-]{1,99}" />
        <input type="hidden" name="unitId" value={province} />
        <label htmlFor="plan-from">{t('periodFrom')}</label>
        <input id="plan-from" name="periodFrom" type="date" defaultValue={today} required />
        <label htmlFor="plan-to">{t('periodTo')}</label>
        <input id="plan-to" name="periodTo" type="date" defaultValue={today} required />
        <label htmlFor="plan-plan">{t('planTitle')}</label>
        <input id="plan-plan" name="planTitle" required />
        <label htmlFor="plan-outline">{t('outlineTitle')}</label>
        <input id="plan-outline" name="outlineTitle" required />
        <button type="submit">{t('save')}</button>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}
