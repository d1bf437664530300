import { useId, useState } from 'react';
import { SUBMIT_REPORT } from '../../api/operations';
import { mutate } from '../../api/use-gql';
import { FormStatus } from '../../components/form-status';
import { useI18n } from '../../i18n';

interface FigureDraft { code: string; unit: string; value: string }

/** A report with its figures (indicator code, unit, value); once submitted they stay as submitted. */
export function SubmitReportForm({ obligationId, done }: { obligationId: string; done(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [figures, setFigures] = useState<FigureDraft[]>([{ code: '', unit: '', value: '' }]);
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  const change = (index: number, field: keyof FigureDraft, value: string) => setFigures(figures.map((figure, i) => (i === index ? { ...figure, [field]: value } : figure)));
  return (
    <details>
      <summary>{t('submitReport')}</summary>
      <form
        aria-label={`${t('submitReport')} ${obligationId}`}
        onSubmit={async (event) => {
          event.preventDefault();
          const note = String(new FormData(event.currentTarget).get('note') ?? '');
          const input = { obligationId, note: note || null, figures: figures.filter((f) => f.code).map((f) => ({ code: f.code, unit: f.unit, value: Number(f.value) })) };
          const result = await mutate(SUBMIT_REPORT, { input });
          setOutcome(result);
          if (!result.error) done();
        }}
      >
        <fieldset>
          <legend>{t('figures')}</legend>
          {figures.map((figure, index) => (
            <div className="figure" key={index}>
              <label htmlFor={`${id}-code-${index}`}>{t('figureCode')}</label>
              <input id={`${id}-code-${index}`} value={figure.code} onChange={(event) => change(index, 'code', event.target.value)} />
              <label htmlFor={`${id}-unit-${index}`}>{t('figureUnit')}</label>
              <input id={`${id}-unit-${index}`} value={figure.unit} onChange={(event) => change(index, 'unit', event.target.value)} />
              <label htmlFor={`${id}-value-${index}`}>{t('figureValue')}</label>
              <input id={`${id}-value-${index}`} type="number" step="any" value={figure.value} onChange={(event) => change(index, 'value', event.target.value)} />
            </div>
          ))}
          <button type="button" onClick={() => setFigures([...figures, { code: '', unit: '', value: '' }])}>{t('addFigure')}</button>
        </fieldset>
        <label htmlFor={`${id}-note`}>{t('note')}</label>
        <textarea id={`${id}-note`} name="note" />
        <button type="submit">{t('submitReport')}</button>
        <FormStatus outcome={outcome} />
      </form>
    </details>
  );
}
