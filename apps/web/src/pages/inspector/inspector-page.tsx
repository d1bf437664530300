import { INSPECTIONS, type InspectionSummary } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import type { Person } from '../../auth/session';
import { QueryState } from '../../components/query-state';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { href } from '../../router';
import { PlanInspectionForm } from './plan-inspection-form';

/** The inspector's list of inspections of their agency, and a plan form; phone-sized first. */
export function InspectorPage({ person, province }: { person: Person; province: string }) {
  const { t } = useI18n();
  const inspections = useGql(INSPECTIONS, { agency: person.agencyId });
  return (
    <>
      <section aria-labelledby="inspections-title">
        <h2 id="inspections-title">{t('inspections')}</h2>
        <QueryState state={inspections}>
          {(data: { inspections: InspectionSummary[] }) => (
            <ul className="cards">
              {data.inspections.map((inspection) => (
                <li key={inspection.id}>
                  <a href={href(`/inspector/inspection/${inspection.id}`)}>{inspection.title}</a>
                  <div>{t(inspection.kind)} · {t(`theme_${inspection.theme}`)} · {t(`status_${inspection.status}`)} · {formatDate(inspection.periodFrom)}–{formatDate(inspection.periodTo)}</div>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
      <PlanInspectionForm person={person} province={province} />
    </>
  );
}
