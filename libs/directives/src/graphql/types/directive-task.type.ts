import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { TaskStatus, TaskView } from '../../projections/directives.queries';
import { TaskStatusEnum } from './enums';

@ObjectType('DirectiveTask', { description: 'A task of a document: its section, lead agency (chủ trì) and coordinating agencies (phối hợp)' })
export class DirectiveTaskType {
  @Field() id: string;
  @Field() directiveId: string;
  @Field({ description: 'Outline reference, e.g. II.1.đ' }) section: string;
  @Field() text: string;
  @Field({ description: 'Chủ trì' }) leadAgencyId: string;
  @Field(() => [String], { description: 'Phối hợp' }) coordinatingAgencyIds: string[];
  @Field(() => GraphQLLocalDate, { nullable: true }) dueDate: string | null;
  @Field(() => [String]) reportingRegimeIds: string[];
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field(() => GraphQLLocalDate, { nullable: true }) statusFrom: string | null;

  static from(view: TaskView): DirectiveTaskType {
    const { taskId, ...rest } = view;
    return Object.assign(new DirectiveTaskType(), { id: taskId, ...rest });
  }
}
