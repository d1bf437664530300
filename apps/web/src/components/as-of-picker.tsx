import { useI18n } from '../i18n';

/** "What did we know on 30/6": every committee view takes the date and asks the API as of its end. */
export function AsOfPicker({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useI18n();
  return (
    <div className="as-of">
      <label htmlFor="as-of">{t('asOf')}</label>
      <input id="as-of" type="date" value={value} onChange={(event) => event.target.value && onChange(event.target.value)} aria-describedby="as-of-hint" />
      <span id="as-of-hint" className="hint">{t('asOfHint')}</span>
    </div>
  );
}
