import { useId, useState } from 'react';
import { REPORT_PROGRESS } from '../../api/operations';
import { mutate } from '../../api/use-gql';
import { FormStatus } from '../../components/form-status';
import { useI18n } from '../../i18n';

export function ProgressForm({ taskId, done }: { taskId: string; done(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  return (
    <details>
      <summary>{t('reportProgress')}</summary>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const result = await mutate(REPORT_PROGRESS, { input: { taskId, percent: Number(form.get('percent')), summary: String(form.get('summary')) } });
          setOutcome(result);
          if (!result.error) done();
        }}
      >
        <label htmlFor={`${id}-percent`}>{t('percent')}</label>
        <input id={`${id}-percent`} name="percent" type="number" min={0} max={100} required />
        <label htmlFor={`${id}-summary`}>{t('summary')}</label>
        <textarea id={`${id}-summary`} name="summary" required />
        <button type="submit">{t('reportProgress')}</button>
        <FormStatus outcome={outcome} />
      </form>
    </details>
  );
}
