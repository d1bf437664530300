import { FixedClock, Sql } from '@cpp/eventsourcing';
import { AgencyDirectory } from '../../libs/assignments/src/projections/agency-directory.queries';
import { AssignmentsReadModel } from '../../libs/assignments/src/projections/assignments.read-model';
import { ObligationFilter } from '../../libs/assignments/src/projections/obligation-filter';
import { ObligationQueries } from '../../libs/assignments/src/projections/obligations.queries';
import { TaskQueries } from '../../libs/assignments/src/projections/tasks.queries';
import { FindingsHistoryQueries } from '../../libs/inspections/src/projections/findings-history.queries';
import { RecommendationFollowUpQueries } from '../../libs/inspections/src/projections/recommendation-follow-up.queries';
import { OrganizationChartQueries } from '../../libs/organizations/src/projections/organization-chart.queries';
import { seeded } from './dataset';

/** What every client process needs to ask the same questions in the same order. */
export interface ReadInputs {
  /** Agencies that owe something, to pick from. */
  agencies: string[];
  /** The log's first and last recorded instants (ms), for as-of questions. */
  first: number;
  last: number;
  queries: number;
}

export interface ReadWorkload {
  name: string;
  once(i: number): Promise<unknown>;
}

/** The questions the national bench asks, through the API's read path (AssignmentsReadModel), query i of each deterministic. */
export function readWorkloads(sql: Sql, { agencies, first, last, queries }: ReadInputs): ReadWorkload[] {
  const clock = new FixedClock(new Date('2025-12-15T03:00:00Z'));
  const readModel = new AssignmentsReadModel(new ObligationQueries(sql), new TaskQueries(sql), new AgencyDirectory(sql), clock);
  const findings = new FindingsHistoryQueries(sql, new RecommendationFollowUpQueries(sql, clock), clock);
  const chart = new OrganizationChartQueries(sql, clock);
  const pick = seeded(11);
  const picks = Array.from({ length: queries }, () => agencies[Math.floor(pick() * agencies.length)]);
  const instants = Array.from({ length: queries }, () => new Date(first + Math.floor(pick() * (last - first))));
  const provinces = Array.from({ length: queries }, (_, i) => `tinh-${String(1 + (i % 34)).padStart(2, '0')}`);
  const filter = (i: number): ObligationFilter => (i % 2 ? { agencyId: picks[i] } : { agencyId: picks[i], statuses: ['overdue', 'due-soon'] });
  return [
    { name: 'obligations (API read path: agency check + query)', once: (i) => readModel.obligations(filter(i), null) },
    { name: 'obligations with their history (source, submissions, …: the whole state)', once: (i) => readModel.obligations(filter(i), null, true) },
    {
      name: 'compliance of one province (every agency within it)',
      once: (i) => readModel.compliance({ agencyId: null, jurisdictionUnitId: provinces[i], directiveId: null, year: 2024 }, null),
    },
    {
      name: 'compliance of one agency',
      once: (i) => readModel.compliance({ agencyId: picks[i], jurisdictionUnitId: null, directiveId: null, year: null }, null),
    },
    { name: 'obligations asOf a random instant', once: (i) => readModel.obligations(filter(i), instants[i]) },
    {
      name: 'compliance of one agency asOf a random instant',
      once: (i) => readModel.compliance({ agencyId: picks[i], jurisdictionUnitId: null, directiveId: null, year: null }, instants[i]),
    },
    {
      name: 'findings of one province (first page) asOf a random instant',
      once: (i) => findings.page({ localityUnitId: provinces[i] }, 20, null, instants[i]),
    },
    { name: 'agencies of one province as known at a random instant', once: (i) => chart.agencies({ jurisdictionUnitId: provinces[i], knownAt: instants[i] }) },
  ];
}
