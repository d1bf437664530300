import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '@cpp/eventsourcing';
import { ProjectionsService } from '@cpp/eventsourcing/nest';
import {
  AppraiseConclusion,
  CloseRecommendation,
  DraftConclusion,
  IssueConclusion,
  IssueRecommendation,
  PlanInspection,
  RecordFinding,
  RecordSanction,
  ReopenRecommendation,
  ReportCorrectiveAction,
  StartInspection,
} from '@cpp/inspections';
import { DemoSeed } from './demo-seeder';
import { DemoFollowUp, DemoInspection } from './inspections/demo-inspection';
import { preschoolSafetyCheck2019 } from './inspections/lang-son';
import { drowningPreventionCheck2024 } from './inspections/son-duong';
import {
  boardingSchoolInspection2022,
  buildingSafetyCheck2024,
  interdisciplinaryCheck2021,
  provincialInspection2025,
  schoolTransportCheck2023,
  socialWorkCentreRecheck2023,
} from './inspections/soc-trang';

/** In the order they happened: a later inspection's recurring finding is judged against the earlier ones. */
export const demoInspections: DemoInspection[] = [
  preschoolSafetyCheck2019,
  interdisciplinaryCheck2021,
  boardingSchoolInspection2022,
  socialWorkCentreRecheck2023,
  schoolTransportCheck2023,
  buildingSafetyCheck2024,
  drowningPreventionCheck2024,
  provincialInspection2025,
];

/**
 * Inspections drawn from the themes the source documents assign, each sent as the commands
 * its team, the responsible agencies and the appraisers would send.
 */
export function inspectionsSeed(commands: CommandBus, projections: ProjectionsService): DemoSeed {
  return {
    name: 'inspections',
    async seed(context: CommandContext) {
      for (const inspection of demoInspections) {
        // Recurrence is looked up in the findings read model: it must hold the earlier inspections.
        await projections.caughtUp();
        await playInspection(commands, inspection, context);
      }
    },
  };
}

async function playInspection(commands: CommandBus, inspection: DemoInspection, context: CommandContext): Promise<void> {
  const { inspectionId } = inspection.plan;
  const member = (subject: string) => {
    const found = inspection.plan.members.find((m) => m.subject === subject);
    if (!found) throw new Error(`Demo inspection ${inspectionId}: ${subject} is not on the team`);
    return { subject, agencyId: found.agencyId };
  };
  const head = member(inspection.plan.members.find((m) => m.role === 'head')!.subject);

  await commands.execute(new PlanInspection(inspection.plan, context));
  if (!inspection.startedOn) return;
  await commands.execute(new StartInspection({ inspectionId, startedOn: inspection.startedOn }, head, context));
  for (const { by, ...finding } of inspection.findings ?? []) await commands.execute(new RecordFinding({ inspectionId, ...finding }, member(by), context));
  for (const { by, ...recommendation } of inspection.recommendations ?? []) {
    await commands.execute(new IssueRecommendation({ inspectionId, ...recommendation }, member(by), context));
  }
  const conclusion = inspection.conclusion;
  if (conclusion) {
    await commands.execute(new DraftConclusion({ inspectionId, summary: conclusion.draft.summary, draftedOn: conclusion.draft.on }, member(conclusion.draft.by), context));
    if (conclusion.appraisal) {
      await commands.execute(new AppraiseConclusion({ inspectionId, opinion: conclusion.appraisal.opinion, appraisedOn: conclusion.appraisal.on }, conclusion.appraisal.by, context));
    }
    if (conclusion.issue) await commands.execute(new IssueConclusion({ inspectionId, conclusionNumber: conclusion.issue.number, issuedOn: conclusion.issue.on }, context));
  }
  for (const { by, ...sanction } of inspection.sanctions ?? []) await commands.execute(new RecordSanction({ inspectionId, ...sanction }, member(by), context));
  for (const step of inspection.followUps ?? []) await commands.execute(followUp(inspectionId, step, member, context));
}

function followUp(inspectionId: string, step: DemoFollowUp, member: (subject: string) => { subject: string; agencyId: string }, context: CommandContext) {
  const { recommendationId } = step;
  switch (step.step) {
    case 'report':
      return new ReportCorrectiveAction({ inspectionId, recommendationId, action: step.action, reportedOn: step.on }, { subject: `demo-officer-${step.agencyId}`, agencyId: step.agencyId }, context);
    case 'close':
      return new CloseRecommendation({ inspectionId, recommendationId, verification: step.verification, closedOn: step.on }, member(step.by), context);
    case 'reopen':
      return new ReopenRecommendation({ inspectionId, recommendationId, reason: step.reason, reopenedOn: step.on, newDueDate: step.newDueDate }, member(step.by), context);
  }
}
