import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TaskRole } from '../../domain/events';
import { taskStream } from '../../domain/streams';
import { Task, TaskStatus } from '../../domain/task/state';
import { TaskTree } from '../../projections/task-tree';
import { ReassignmentType } from './obligation.type';
import { TaskRoleEnum, TaskStatusEnum } from './enums';

@ObjectType('TaskProgressReport')
export class ProgressReportType {
  @Field() agencyId: string;
  @Field(() => Int) percent: number;
  @Field() summary: string;
  @Field(() => GraphQLLocalDate) reportedOn: string;
}

@ObjectType('Task', {
  description: 'One agency’s assignment of a directive’s task; parent, children and contributions resolve within the same directive’s cascade',
})
export class TaskType {
  @Field(() => ID) id: string;
  @Field() directiveId: string;
  @Field({ description: 'The task’s id inside the directive' }) directiveTaskId: string;
  @Field({ description: 'Section of the document, e.g. 4.đ' }) section: string;
  @Field() text: string;
  @Field(() => String, { nullable: true }) documentNumber: string | null;
  @Field(() => TaskRoleEnum) role: TaskRole;
  @Field() agencyId: string;
  @Field() originalAgencyId: string;
  @Field({ description: 'The issuing agency, or the agency that delegated it' }) assignedByAgencyId: string;
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueDate: string | null;
  @Field(() => GraphQLLocalDate) assignedOn: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) acknowledgedOn: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) completedOn: string | null;
  @Field(() => Int, { description: 'The agency’s own reported progress (0–100)' }) ownProgress: number;
  @Field(() => Float, { description: 'Rolled up: the mean of its own progress and that of each live task delegated from it (recursively)' }) progress: number;
  @Field(() => [ProgressReportType]) progressReports: ProgressReportType[];
  @Field(() => [ReassignmentType]) reassignments: ReassignmentType[];
  @Field({ description: 'Its stream, for streamHistory' }) streamId: string;
  /** The cascade it belongs to, for the nested fields. */
  tree: TaskTree;
  state: Task;

  static from(task: Task, tree: TaskTree): TaskType {
    return Object.assign(new TaskType(), {
      id: task.taskId,
      directiveId: task.directiveId,
      directiveTaskId: task.directiveTaskId,
      section: task.section,
      text: task.text,
      documentNumber: task.documentNumber,
      role: task.role,
      agencyId: task.assigneeAgencyId,
      originalAgencyId: task.originalAssigneeAgencyId,
      assignedByAgencyId: task.assignedByAgencyId,
      status: task.status,
      dueDate: task.dueDate,
      assignedOn: task.assignedOn,
      acknowledgedOn: task.acknowledgedOn,
      completedOn: task.completion?.completedOn ?? null,
      ownProgress: task.progress,
      progress: tree.progressOf(task),
      progressReports: task.progressReports,
      reassignments: task.reassignments,
      streamId: taskStream(task.taskId),
      tree,
      state: task,
    });
  }
}

@ObjectType('DirectiveTasks', { description: 'A directive’s cascade: its assignments and everything delegated from them' })
export class DirectiveTasksType {
  @Field() directiveId: string;
  @Field(() => Float, { nullable: true, description: 'The mean rolled-up progress of its lead tasks' }) progress: number | null;
  @Field(() => [TaskType], { description: 'The directive’s own assignments (lead and coordinators), top of the cascade' }) tasks: TaskType[];
  @Field(() => Int, { description: 'Every task in the cascade, delegated ones included' }) taskCount: number;
}
