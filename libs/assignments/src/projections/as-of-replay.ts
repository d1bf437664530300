import { asDomainEvent, EventStore, START } from '@cpp/eventsourcing';
import { OBLIGATION_EVENT_TYPES, ObligationEvent, TASK_EVENT_TYPES, TaskEvent } from '../domain/events';
import { Obligation, ObligationState } from '../domain/obligation/state';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { Task, TaskState } from '../domain/task/state';
import { taskDecider } from '../domain/task/task.decider';

/** Obligations and tasks as the platform knew them at one instant. */
export interface AssignmentsSnapshot {
  obligations: Obligation[];
  tasks: Task[];
}

const OBLIGATION_TYPES = new Set<string>(OBLIGATION_EVENT_TYPES);
const TASK_TYPES = new Set<string>(TASK_EVENT_TYPES);

/**
 * "What did the committee know at the 6-month review": pages through the log and folds every
 * obligation and task event recorded up to the instant through the deciders' own `evolve`,
 * the same fold the read models store. It reads the whole log, so it answers in time
 * proportional to the log: the API answers `asOf` from the recorded-version tables instead,
 * and this replay is the reference they are tested against (as-of.reference.spec.ts).
 */
export class AsOfReplay {
  constructor(private readonly store: EventStore) {}

  async snapshot(instant: Date, pageSize = 2000): Promise<AssignmentsSnapshot> {
    const until = instant.getTime();
    const obligations = new Map<string, ObligationState>();
    const tasks = new Map<string, TaskState>();
    for (let after = START; ;) {
      const page = await this.store.readAll({ after, maxCount: pageSize });
      if (page.length === 0) break;
      after = page[page.length - 1].checkpoint;
      for (const recorded of page) {
        if (Date.parse(recorded.metadata.recordedAt) > until) continue;
        if (OBLIGATION_TYPES.has(recorded.type)) {
          const event = asDomainEvent<ObligationEvent>(recorded);
          const id = event.data.obligationId;
          obligations.set(id, obligationDecider.evolve(obligations.get(id) ?? obligationDecider.initialState(), event));
        } else if (TASK_TYPES.has(recorded.type)) {
          const event = asDomainEvent<TaskEvent>(recorded);
          const id = event.data.taskId;
          tasks.set(id, taskDecider.evolve(tasks.get(id) ?? taskDecider.initialState(), event));
        }
      }
    }
    return {
      obligations: [...obligations.values()].filter((state): state is Obligation => state.status !== 'none'),
      tasks: [...tasks.values()].filter((state): state is Task => state.status !== 'none'),
    };
  }
}
