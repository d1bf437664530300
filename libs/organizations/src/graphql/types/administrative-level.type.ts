import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType('AdministrativeLevel', { description: 'A level of the administrative hierarchy; rank 1 is the nation' })
export class AdministrativeLevelType {
  @Field() levelCode: string;
  @Field() name: string;
  @Field(() => Int) rank: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) retiredFrom: string | null;
}
