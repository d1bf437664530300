import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType('DirectiveAmendment', { description: 'Sửa đổi, bổ sung: what an amendment added, changed and withdrew' })
export class AmendmentType {
  @Field(() => Int) sequence: number;
  @Field(() => GraphQLLocalDate) amendedOn: string;
  @Field(() => String, { nullable: true }) amendingDocument: string | null;
  @Field() subject: string;
  @Field(() => [String]) addedTaskIds: string[];
  @Field(() => [String]) changedTaskIds: string[];
  @Field(() => [String]) withdrawnTaskIds: string[];
  @Field(() => [String]) addedRegimeIds: string[];
}

@ObjectType('AdHocReportRequest', { description: 'Báo cáo đột xuất requested under an ad-hoc regime' })
export class AdHocReportRequestType {
  @Field() requestId: string;
  @Field() regimeId: string;
  @Field() content: string;
  @Field(() => [String]) reportingAgencyIds: string[];
  @Field(() => GraphQLLocalDate) dueDate: string;
  @Field(() => GraphQLLocalDate) requestedOn: string;
}
