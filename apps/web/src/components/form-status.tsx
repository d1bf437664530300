import type { CombinedError } from '@urql/core';
import { errorMessage } from '../api/client';
import { useI18n } from '../i18n';

/** What came of a command: recorded, or the API's refusal in its own words. */
export function FormStatus({ outcome }: { outcome: { error?: CombinedError } | null }) {
  const { t } = useI18n();
  if (!outcome) return null;
  if (outcome.error) return <p role="alert" className="error">{outcome.error.graphQLErrors[0]?.extensions?.code === 'FORBIDDEN' ? t('notAllowed') : t('error')}: {errorMessage(outcome.error)}</p>;
  return <p role="status" className="ok">{t('done')}</p>;
}
