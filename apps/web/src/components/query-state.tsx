import type { ReactNode } from 'react';
import type { GqlState } from '../api/use-gql';
import { errorKind, errorMessage } from '../api/client';
import { useI18n } from '../i18n';
import { NotAllowed } from '../pages/not-allowed';

/** Loading, the not-allowed page on FORBIDDEN, an error line, or the content. */
export function QueryState<Data>({ state, children }: { state: GqlState<Data>; children: (data: Data) => ReactNode }) {
  const { t } = useI18n();
  if (state.error && errorKind(state.error) === 'FORBIDDEN') return <NotAllowed />;
  if (state.error) return <p role="alert" className="error">{t('error')}: {errorMessage(state.error)}</p>;
  if (!state.data) return <p aria-busy="true">{t('loading')}</p>;
  return <>{children(state.data)}</>;
}
