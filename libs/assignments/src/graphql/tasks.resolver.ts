import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { AssignmentsReadModel } from '../projections/assignments.read-model';
import { DirectiveTasksType, TaskType } from './types/task.type';
import { Reads } from '@cpp/access';

const AS_OF = { type: () => GraphQLDateTime, nullable: true, description: 'Answer as the platform knew it at this instant (replayed from the log)' } as const;

@Resolver(() => TaskType)
export class TasksResolver {
  constructor(private readonly readModel: AssignmentsReadModel) {}

  @Query(() => TaskType, { description: 'One task, with the cascade around it: parent, children, contributions, rolled-up progress' })
  @Reads({ task: 'id' })
  async task(@Args('id', { type: () => ID }) id: string, @Args('asOf', AS_OF) asOf?: Date): Promise<TaskType> {
    const { task, tree } = await this.readModel.task(id, asOf ?? null);
    return TaskType.from(task, tree);
  }

  @Query(() => DirectiveTasksType, { description: 'The cascade of a directive: its tasks and everything delegated from them, with progress rolled up' })
  @Reads({ 'directive-work': 'directiveId' })
  async directiveTasks(@Args('directiveId', { type: () => ID }) directiveId: string, @Args('asOf', AS_OF) asOf?: Date): Promise<DirectiveTasksType> {
    const tree = await this.readModel.directiveTasks(directiveId, asOf ?? null);
    return Object.assign(new DirectiveTasksType(), {
      directiveId,
      progress: tree.directiveProgress(),
      tasks: tree.roots().map((task) => TaskType.from(task, tree)),
      taskCount: tree.tasks.length,
    });
  }

  @Query(() => [TaskType], { description: 'The tasks assigned to (or delegated to) an agency' })
  @Reads({ agency: 'agency' })
  async agencyTasks(@Args('agency', { type: () => ID }) agency: string, @Args('asOf', AS_OF) asOf?: Date): Promise<TaskType[]> {
    return (await this.readModel.agencyTasks(agency, asOf ?? null)).map(({ task, tree }) => TaskType.from(task, tree));
  }

  @ResolveField(() => TaskType, { nullable: true, description: 'The task it was delegated from' })
  parent(@Parent() task: TaskType): TaskType | null {
    const parent = task.tree.parentOf(task.state);
    return parent && TaskType.from(parent, task.tree);
  }

  @ResolveField(() => [TaskType], { description: 'Tasks delegated from it' })
  children(@Parent() task: TaskType): TaskType[] {
    return task.tree.childrenOf(task.state).map((child) => TaskType.from(child, task.tree));
  }

  @ResolveField(() => [TaskType], { description: 'For a lead’s task: the coordinating agencies’ assignments and their reports' })
  contributions(@Parent() task: TaskType): TaskType[] {
    return task.tree.contributionsTo(task.state).map((contribution) => TaskType.from(contribution, task.tree));
  }

  @ResolveField(() => TaskType, { nullable: true, description: 'For a coordinator: the lead agency’s task it contributes to' })
  lead(@Parent() task: TaskType): TaskType | null {
    const lead = task.tree.leadOf(task.state);
    return lead && TaskType.from(lead, task.tree);
  }
}
