import { useState } from 'react';
import { AGENCIES, ISSUE_RECOMMENDATION, type AgencyRow, type InspectionDetail } from '../../api/operations';
import { mutate, useGql } from '../../api/use-gql';
import { FormStatus } from '../../components/form-status';
import { useI18n } from '../../i18n';
import { newClientId } from '../../offline/outbox';

/** A recommendation on findings to a responsible agency, with a deadline: it becomes that agency's obligation. */
export function IssueRecommendationForm({ inspection, province, issued }: { inspection: InspectionDetail; province: string; issued(): void }) {
  const { t } = useI18n();
  const agencies = useGql(AGENCIES, { jurisdiction: province });
  const [outcome, setOutcome] = useState<Awaited<ReturnType<typeof mutate>> | null>(null);
  return (
    <form
      className="stacked"
      aria-labelledby="issue-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const element = event.currentTarget;
        const form = new FormData(element);
        const input = {
          inspectionId: inspection.id,
          recommendationId: newClientId(),
          findingIds: form.getAll('findingIds').map(String),
          responsibleAgencyId: String(form.get('responsibleAgencyId')),
          correctiveAction: String(form.get('correctiveAction')),
          dueDate: String(form.get('dueDate')),
        };
        const result = await mutate(ISSUE_RECOMMENDATION, { input });
        setOutcome(result);
        if (!result.error) {
          element.reset();
          issued();
        }
      }}
    >
      <h3 id="issue-title">{t('issueRecommendation')}</h3>
      <fieldset>
        <legend>{t('findings')}</legend>
        {inspection.findings.map((finding) => (
          <div key={finding.findingId}>
            <input type="checkbox" id={`rec-${finding.findingId}`} name="findingIds" value={finding.findingId} />
            <label htmlFor={`rec-${finding.findingId}`}>{finding.criterion}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor="rec-agency">{t('responsibleAgency')}</label>
      <select id="rec-agency" name="responsibleAgencyId">
        {(agencies.data as { agencies: AgencyRow[] } | undefined)?.agencies.map((agency) => <option key={agency.id} value={agency.id}>{agency.name}</option>)}
      </select>
      <label htmlFor="rec-action">{t('correctiveAction')}</label>
      <textarea id="rec-action" name="correctiveAction" required />
      <label htmlFor="rec-due">{t('dueDate')}</label>
      <input id="rec-due" name="dueDate" type="date" required />
      <button type="submit">{t('issueRecommendation')}</button>
      <FormStatus outcome={outcome} />
    </form>
  );
}
