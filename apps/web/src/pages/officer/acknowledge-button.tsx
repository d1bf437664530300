import { useState } from 'react';
import { ACKNOWLEDGE_TASK } from '../../api/operations';
import { mutate } from '../../api/use-gql';
import { FormStatus } from '../../components/form-status';
import { useI18n } from '../../i18n';

export function AcknowledgeButton({ taskId, done }: { taskId: string; done(): void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  return (
    <>
      <button type="button" onClick={async () => { const result = await mutate(ACKNOWLEDGE_TASK, { taskId }); setOutcome(result); if (!result.error) done(); }}>{t('acknowledge')}</button>
      <FormStatus outcome={outcome} />
    </>
  );
}
