import { IssueRecommendationCommand, PlanInspectionCommand, RecordFindingCommand, RecordSanctionCommand } from '@cpp/inspections';

type Input<Command extends abstract new (...args: never[]) => unknown> = ConstructorParameters<Command>[0];
type WithoutInspection<T> = Omit<T, 'inspectionId'>;

/**
 * One demo inspection and what came of it, in the order it happened. `by` is the subject of
 * the team member who acted (the seed sends commands as that member), `agencyId` the
 * responsible agency that reported. Document numbers of plans, conclusions and decisions are
 * illustrative: the source documents order these inspections but do not report them.
 */
export interface DemoInspection {
  plan: Input<typeof PlanInspectionCommand>;
  startedOn?: string;
  findings?: (WithoutInspection<Input<typeof RecordFindingCommand>> & { by: string })[];
  recommendations?: (WithoutInspection<Input<typeof IssueRecommendationCommand>> & { by: string })[];
  conclusion?: {
    draft: { summary: string; on: string; by: string };
    appraisal?: { opinion: string; on: string; by: { subject: string; agencyId: string } };
    issue?: { number: string; on: string };
  };
  sanctions?: (WithoutInspection<Input<typeof RecordSanctionCommand>> & { by: string })[];
  followUps?: DemoFollowUp[];
}

export type DemoFollowUp =
  | { step: 'report'; recommendationId: string; agencyId: string; action: string; on: string }
  | { step: 'close'; recommendationId: string; by: string; verification: string; on: string }
  | { step: 'reopen'; recommendationId: string; by: string; reason: string; on: string; newDueDate: string };

/** Hashes of the documents named in the demo (the files are not part of the platform). */
export const demoHash = (seed: string) => seed.repeat(Math.ceil(64 / seed.length)).slice(0, 64);

/** The provincial steering committee appraises conclusions in the demo (thẩm định, outside the team). */
export const STEERING_COMMITTEE_SOC_TRANG = { subject: 'ban-chi-dao-soc-trang', agencyId: 'ubnd-soc-trang' };
