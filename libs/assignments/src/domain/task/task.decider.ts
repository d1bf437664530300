import { Decider, notFound } from '@cpp/eventsourcing';
import { acknowledgeTask } from './acknowledge-task.decide';
import { amendTask } from './amend-task.decide';
import { assignTask } from './assign-task.decide';
import { closeTask } from './close-task.decide';
import { TaskCommand } from './commands';
import { completeTask } from './complete-task.decide';
import { delegateTask } from './delegate-task.decide';
import { TaskEvent } from './events';
import { reassignTask } from './reassign-task.decide';
import { reportTaskProgress } from './report-task-progress.decide';
import { evolve, initialState, TaskState } from './state';

/** Commands that follow other contexts' facts: about a task never assigned, they change nothing. */
const FOLLOWS_OTHER_CONTEXTS = new Set<TaskCommand['type']>(['AmendTask', 'ReassignTask', 'CloseTask']);

export const taskDecider: Decider<TaskCommand, TaskEvent, TaskState> = {
  initialState,
  evolve,
  decide(command, state) {
    if (command.type === 'AssignTask') return assignTask(command, state);
    if (state.status === 'none') {
      if (FOLLOWS_OTHER_CONTEXTS.has(command.type)) return [];
      throw notFound(`No task ${command.taskId}`);
    }
    switch (command.type) {
      case 'AcknowledgeTask':
        return acknowledgeTask(command, state);
      case 'DelegateTask':
        return delegateTask(command, state);
      case 'ReportTaskProgress':
        return reportTaskProgress(command, state);
      case 'CompleteTask':
        return completeTask(command, state);
      case 'AmendTask':
        return amendTask(command, state);
      case 'ReassignTask':
        return reassignTask(command, state);
      case 'CloseTask':
        return closeTask(command, state);
    }
  },
};
