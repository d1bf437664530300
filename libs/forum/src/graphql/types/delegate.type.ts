import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType('PersonalValue', { description: 'A personal field: its value, or that it was erased' })
export class PersonalValueType {
  @Field() field: string;
  @Field() erased: boolean;
  @Field(() => String, { nullable: true }) value: string | null;
}

@ObjectType('ChildForumDelegate', { description: 'A delegate to the next level’s forum, as a pseudonymous record' })
export class DelegateType {
  @Field() delegateId: string;
  @Field({ description: 'Random; says nothing about the child' }) subjectId: string;
  @Field() forumId: string;
  @Field() toForumId: string;
  @Field() ageBand: string;
  @Field() sex: string;
  @Field() ethnicity: string;
  @Field() localityUnitId: string;
  @Field() selectingBody: string;
  @Field() consentReference: string;
  @Field(() => GraphQLLocalDate) selectedOn: string;
  @Field() childConsent: boolean;
  @Field() guardianConsent: boolean;
  @Field({ description: 'selected or withdrawn' }) status: string;
  @Field(() => [String]) erasedFields: string[];
  @Field(() => [String], { description: 'Personal fields held (sealed) for this delegate' }) personalFields: string[];
}

@ObjectType('RepresentativenessCount', { description: 'Delegates to a forum counted along one dimension' })
export class RepresentativenessType {
  @Field({ description: 'locality, ethnicity, age-band or sex' }) dimension: string;
  @Field() value: string;
  @Field(() => Int) count: number;
}
