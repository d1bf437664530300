import { invalid } from '@cpp/eventsourcing';
import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { requireActingAgency, requireOpen } from './guards';
import { Task } from './state';

/** The agency's own figure; the roll-up over delegated tasks is computed on read. */
export function reportTaskProgress(command: TaskCommandOf<'ReportTaskProgress'>, task: Task): TaskEvent[] {
  requireActingAgency(command.requester, task);
  requireOpen(task);
  if (!Number.isInteger(command.percent) || command.percent < 0 || command.percent > 100) throw invalid('Progress is a whole percentage from 0 to 100');
  const summary = command.summary.trim();
  if (!summary) throw invalid('A progress report needs a summary of what was done');
  return [
    {
      type: 'TaskProgressReported',
      data: { taskId: task.taskId, agencyId: task.assigneeAgencyId, percent: command.percent, summary, reportedOn: command.reportedOn },
    },
  ];
}
