import { useId, useState } from 'react';
import { REPORT_CORRECTIVE_ACTION } from '../../api/operations';
import { mutate } from '../../api/use-gql';
import { FormStatus } from '../../components/form-status';
import { useI18n } from '../../i18n';

export function CorrectiveActionForm({ inspectionId, recommendationId, done }: { inspectionId: string; recommendationId: string; done(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  return (
    <details>
      <summary>{t('reportCorrective')}</summary>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const action = String(new FormData(event.currentTarget).get('action'));
          const result = await mutate(REPORT_CORRECTIVE_ACTION, { input: { inspectionId, recommendationId, action } });
          setOutcome(result);
          if (!result.error) done();
        }}
      >
        <label htmlFor={`${id}-action`}>{t('action')}</label>
        <textarea id={`${id}-action`} name="action" required />
        <button type="submit">{t('reportCorrective')}</button>
        <FormStatus outcome={outcome} />
      </form>
    </details>
  );
}
