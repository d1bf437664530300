import { Projection } from '@cpp/eventsourcing';
import { recommendationsProjection } from '../../apps/platform/src/integration/inbound/recommendations.projection';
import { agencyDirectoryProjection } from '../../libs/assignments/src/projections/agency-directory.projection';
import { directivePlansProjection } from '../../libs/assignments/src/projections/directive-plans.projection';
import { obligationVersionsProjection } from '../../libs/assignments/src/projections/obligation-versions.projection';
import { obligationsProjection } from '../../libs/assignments/src/projections/obligations.projection';
import { reactionRefusalsProjection } from '../../libs/assignments/src/projections/reaction-refusals.projection';
import { taskVersionsProjection } from '../../libs/assignments/src/projections/task-versions.projection';
import { tasksProjection } from '../../libs/assignments/src/projections/tasks.projection';
import { directivesProjection } from '../../libs/directives/src/projections/directives.projection';
import { chartVersionsProjection } from '../../libs/inspections/src/projections/chart-versions.projection';
import { findingVersionsProjection } from '../../libs/inspections/src/projections/finding-versions.projection';
import { inspectionRegisterProjection } from '../../libs/inspections/src/projections/inspection-register.projection';
import { organizationChartProjection } from '../../libs/organizations/src/projections/organization-chart.projection';

/** Every projection the platform registers (the modules' onModuleInit lists), for a full rebuild. */
export const ALL_PROJECTIONS: Projection[] = [
  organizationChartProjection,
  directivesProjection,
  chartVersionsProjection,
  inspectionRegisterProjection,
  findingVersionsProjection,
  agencyDirectoryProjection,
  obligationsProjection,
  obligationVersionsProjection,
  tasksProjection,
  taskVersionsProjection,
  directivePlansProjection,
  reactionRefusalsProjection,
  recommendationsProjection,
];

/** The projections the assignments read model (and its as-of answers) reads. */
export const ASSIGNMENTS_PROJECTIONS: Projection[] = [
  agencyDirectoryProjection,
  obligationsProjection,
  obligationVersionsProjection,
  tasksProjection,
  taskVersionsProjection,
];
