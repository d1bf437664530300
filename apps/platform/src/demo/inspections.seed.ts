import { CommandBus } from '@nestjs/cqrs';
import { CommandContext, Requester } from '@cpp/eventsourcing';
import { ProjectionsService } from '@cpp/eventsourcing/nest';
import {
  AppraiseConclusionCommand,
  CloseRecommendationCommand,
  DraftConclusionCommand,
  IssueConclusionCommand,
  IssueRecommendationCommand,
  PlanInspectionCommand,
  RecordFindingCommand,
  RecordSanctionCommand,
  ReopenRecommendationCommand,
  ReportCorrectiveActionCommand,
  StartInspectionCommand,
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

/** Appraisers in the demo sit on the steering committee (thẩm định, outside the team). */
const appraiser = (by: { subject: string; agencyId: string }): Requester => ({ ...by, roles: ['steering-committee'] });

async function playInspection(commands: CommandBus, inspection: DemoInspection, context: CommandContext): Promise<void> {
  const { inspectionId } = inspection.plan;
  const member = (subject: string): Requester => {
    const found = inspection.plan.members.find((m) => m.subject === subject);
    if (!found) throw new Error(`Demo inspection ${inspectionId}: ${subject} is not on the team`);
    return { subject, agencyId: found.agencyId, roles: ['inspector'] };
  };
  const head = member(inspection.plan.members.find((m) => m.role === 'head')!.subject);

  await commands.execute(new PlanInspectionCommand(inspection.plan, context));
  if (!inspection.startedOn) return;
  await commands.execute(new StartInspectionCommand({ inspectionId, startedOn: inspection.startedOn }, context, head));
  for (const { by, ...finding } of inspection.findings ?? [])
    await commands.execute(new RecordFindingCommand({ inspectionId, ...finding }, context, member(by)));
  for (const { by, ...recommendation } of inspection.recommendations ?? []) {
    await commands.execute(new IssueRecommendationCommand({ inspectionId, ...recommendation }, context, member(by)));
  }
  const conclusion = inspection.conclusion;
  if (conclusion) {
    await commands.execute(
      new DraftConclusionCommand({ inspectionId, summary: conclusion.draft.summary, draftedOn: conclusion.draft.on }, context, member(conclusion.draft.by)),
    );
    if (conclusion.appraisal) {
      await commands.execute(
        new AppraiseConclusionCommand(
          { inspectionId, opinion: conclusion.appraisal.opinion, appraisedOn: conclusion.appraisal.on },
          context,
          appraiser(conclusion.appraisal.by),
        ),
      );
    }
    if (conclusion.issue)
      await commands.execute(new IssueConclusionCommand({ inspectionId, conclusionNumber: conclusion.issue.number, issuedOn: conclusion.issue.on }, context));
  }
  for (const { by, ...sanction } of inspection.sanctions ?? [])
    await commands.execute(new RecordSanctionCommand({ inspectionId, ...sanction }, context, member(by)));
  for (const step of inspection.followUps ?? []) await commands.execute(followUp(inspectionId, step, member, context));
}

function followUp(inspectionId: string, step: DemoFollowUp, member: (subject: string) => Requester, context: CommandContext) {
  const { recommendationId } = step;
  switch (step.step) {
    case 'report':
      return new ReportCorrectiveActionCommand({ inspectionId, recommendationId, action: step.action, reportedOn: step.on }, context, {
        subject: `demo-officer-${step.agencyId}`,
        agencyId: step.agencyId,
        roles: ['agency-officer'],
      });
    case 'close':
      return new CloseRecommendationCommand({ inspectionId, recommendationId, verification: step.verification, closedOn: step.on }, context, member(step.by));
    case 'reopen':
      return new ReopenRecommendationCommand(
        { inspectionId, recommendationId, reason: step.reason, reopenedOn: step.on, newDueDate: step.newDueDate },
        context,
        member(step.by),
      );
  }
}
