import { CommandBus } from '@nestjs/cqrs';
import { Clock, CommandContext, localDateAt, Requester } from '@cpp/eventsourcing';
import { ProjectionsService } from '@cpp/eventsourcing/nest';
import { DelegateTaskCommand, ReportTaskProgressCommand, SubmitReportCommand } from '@cpp/assignments';
import { DemoSeed } from './demo-seeder';
import { DEMO_PLAN, demoDelegation, demoReports } from './assignments.demo';

/** The steering committee records the 2021 reports it received on paper, on the dates they arrived. */
const registrar: Requester = { subject: null, agencyId: null, roles: ['steering-committee'] };
const officerOf = (agencyId: string): Requester => ({ subject: null, agencyId, roles: ['agency-officer'] });

export function assignmentsSeed(commands: CommandBus, projections: ProjectionsService, clock: Clock): DemoSeed {
  return {
    name: 'assignments (2021 reports of Sóc Trăng agencies, a delegated task)',
    async seed(context: CommandContext) {
      // The obligations are opened by the process manager from the directives just issued.
      await projections.caughtUp();
      // A platform whose clock is set earlier (tests) has not received the later reports yet.
      const today = localDateAt(clock.now());
      for (const { regimeId, period, agencyId, submittedOn, figures, note } of demoReports.filter((report) => report.submittedOn <= today)) {
        const obligationId = `report:${DEMO_PLAN}/${regimeId}/${period}/${agencyId}`;
        await commands.execute(new SubmitReportCommand({ obligationId, figures, note, submittedOn }, context, registrar));
      }
      const { taskId, toAgencyId, text, progress } = demoDelegation;
      await commands.execute(new DelegateTaskCommand({ taskId, toAgencyId, text, dueDate: null }, context, officerOf('so-ldtbxh-soc-trang')));
      await commands.execute(new ReportTaskProgressCommand({ taskId: `${taskId}>${toAgencyId}`, ...progress }, context, officerOf(toAgencyId)));
    },
  };
}
