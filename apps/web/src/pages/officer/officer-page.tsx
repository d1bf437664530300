import { AGENCY_TASKS, OBLIGATIONS, type ObligationRow, type TaskRow } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import type { Person } from '../../auth/session';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { ObligationTable } from '../committee/agency-obligations';
import { CorrectiveActionForm } from './corrective-action-form';
import { ProgressForm } from './progress-form';
import { SubmitReportForm } from './submit-report-form';
import { AcknowledgeButton } from './acknowledge-button';

const REPORTABLE = ['OPEN', 'DUE_SOON', 'OVERDUE'];

/** An agency officer's desk: what the agency owes by due date, its tasks, and the forms to answer them. */
export function OfficerPage({ person }: { person: Person }) {
  const { t } = useI18n();
  const agency = person.agencyId!;
  const obligations = useGql(OBLIGATIONS, { agency });
  const tasks = useGql(AGENCY_TASKS, { agency });
  const reload = () => {
    obligations.reload();
    tasks.reload();
  };
  return (
    <>
      <section aria-labelledby="my-obligations">
        <h2 id="my-obligations">{t('myObligations')}</h2>
        <QueryState state={obligations}>
          {(data: { obligations: ObligationRow[] }) => (
            <ObligationTable
              rows={data.obligations}
              actions={(row) => {
                if (!REPORTABLE.includes(row.status)) return null;
                if (row.kind === 'RECOMMENDATION' && row.source.inspectionId && row.source.recommendationId) return <CorrectiveActionForm inspectionId={row.source.inspectionId} recommendationId={row.source.recommendationId} done={reload} />;
                if (row.kind === 'PERIODIC_REPORT' || row.kind === 'AD_HOC_REPORT') return <SubmitReportForm obligationId={row.id} done={reload} />;
                return null;
              }}
            />
          )}
        </QueryState>
      </section>
      <section aria-labelledby="my-tasks">
        <h2 id="my-tasks">{t('myTasks')}</h2>
        <QueryState state={tasks}>
          {(data: { agencyTasks: TaskRow[] }) => (
            <table className="data">
              <caption>{t('myTasks')}</caption>
              <thead><tr><th scope="col">{t('source')}</th><th scope="col">{t('title')}</th><th scope="col">{t('dueDate')}</th><th scope="col">{t('status')}</th><th scope="col">{t('progress')}</th></tr></thead>
              <tbody>
                {data.agencyTasks.map((task) => (
                  <tr key={task.id} data-task={task.id}>
                    <td>{task.documentNumber} · {task.section}</td>
                    <th scope="row">{task.text}</th>
                    <td>{formatDate(task.dueDate)}</td>
                    <td><StatusBadge status={task.status} /> {task.status === 'ASSIGNED' && <AcknowledgeButton taskId={task.id} done={reload} />}</td>
                    <td>{task.ownProgress} % {['ACKNOWLEDGED', 'IN_PROGRESS', 'ASSIGNED'].includes(task.status) && <ProgressForm taskId={task.id} done={reload} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
      </section>
    </>
  );
}
