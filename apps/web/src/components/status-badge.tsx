import { useI18n } from '../i18n';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`} data-status={status}>{t(`status_${status}`)}</span>;
}
