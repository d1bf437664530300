import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@ObjectType({ description: 'Children who took part, as a count of one kind (never a list of children)' })
export class ParticipantCountType {
  @Field() ageBand: string;
  @Field() sex: string;
  @Field() ethnicity: string;
  @Field() localityUnitId: string;
  @Field(() => Int) count: number;
}

@ObjectType('ChildForum', { description: 'A children’s forum (Diễn đàn trẻ em) at a level' })
export class ForumType {
  @Field() forumId: string;
  @Field({ description: 'commune, district, province or national' }) level: string;
  @Field() edition: string;
  @Field() title: string;
  @Field() theme: string;
  @Field() organiserAgencyId: string;
  @Field() localityUnitId: string;
  @Field(() => GraphQLLocalDate) heldOn: string;
  @Field(() => String, { nullable: true }) parentForumId: string | null;
  @Field(() => String, { nullable: true }) previousForumId: string | null;
  @Field(() => Int, { description: 'Days an agency has to answer a recommendation forwarded to it' }) responseDays: number;
  @Field(() => [ParticipantCountType]) participants: ParticipantCountType[];
  @Field(() => Int) participantTotal: number;
}

@ObjectType('ChildForumRecommendation', { description: 'A recommendation (kiến nghị) of children, raised by a group at a forum' })
export class ForumRecommendationType {
  @Field() recommendationId: string;
  @Field() forumId: string;
  @Field({ description: 'The group that raised it; never a child’s name' }) raisedBy: string;
  @Field() theme: string;
  @Field() text: string;
  @Field(() => GraphQLLocalDate) raisedOn: string;
  @Field(() => String, { nullable: true }) responsibleAgencyId: string | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) forwardedOn: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueDate: string | null;
  @Field(() => String, { nullable: true, description: 'accepted, partly-accepted or not-accepted' }) decision: string | null;
  @Field(() => String, { nullable: true }) answer: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) answeredOn: string | null;
  @Field(() => String, { nullable: true }) answeringAgencyId: string | null;
  @Field(() => String, { nullable: true, description: 'implemented, continuing or not-possible' }) implementationStatus: string | null;
  @Field(() => String, { nullable: true }) implementationNote: string | null;
  @Field(() => String, { nullable: true }) implementationReason: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) implementationReportedOn: string | null;
  @Field(() => String, { nullable: true }) escalatedToForumId: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) escalatedOn: string | null;
}

@ObjectType('ChildForumFollowUp', { description: 'What became of a forum’s previous edition’s recommendations, reported before it meets' })
export class ForumFollowUpType {
  @Field() forumId: string;
  @Field(() => String, { nullable: true }) previousForumId: string | null;
  @Field(() => Int) raised: number;
  @Field(() => Int) forwarded: number;
  @Field(() => Int) answered: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) partlyAccepted: number;
  @Field(() => Int) notAccepted: number;
  @Field(() => Int) implemented: number;
  @Field(() => Int) continuing: number;
  @Field(() => Int) notPossible: number;
  @Field(() => Int, { description: 'Forwarded, not answered, and past the answer date' }) unansweredPastDue: number;
  @Field(() => [ForumRecommendationType]) recommendations: ForumRecommendationType[];
}
