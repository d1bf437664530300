import { useI18n } from '../i18n';
import { href } from '../router';

export function NotAllowed() {
  const { t } = useI18n();
  return (
    <section className="not-allowed" aria-labelledby="not-allowed-title">
      <h2 id="not-allowed-title">{t('notAllowed')}</h2>
      <p>{t('notAllowedText')}</p>
      <p><a href={href('/')}>{t('backHome')}</a></p>
    </section>
  );
}
