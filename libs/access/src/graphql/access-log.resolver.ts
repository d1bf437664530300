import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { AccessLogQueries } from '../projections/access-log.queries';
import { RequireRoles } from './roles.decorator';

@ObjectType('ReadRecord')
export class ReadRecordType {
  @Field() kind!: string;
  @Field(() => ID) id!: string;
}

@ObjectType('BreakGlass')
export class BreakGlassType {
  @Field() reason!: string;
  @Field() until!: string;
  @Field(() => [ID]) agencyIds!: string[];
}

@ObjectType('AccessLogEntry')
export class AccessLogEntryType {
  @Field(() => ID) eventId!: string;
  @Field(() => GraphQLDateTime) readAt!: string;
  @Field() subject!: string;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
  @Field() operation!: string;
  @Field() protectedData!: string;
  @Field(() => [ReadRecordType]) records!: ReadRecordType[];
  @Field() correlationId!: string;
  @Field(() => BreakGlassType, { nullable: true }) breakGlass!: BreakGlassType | null;
}

/** Who read protected data: for auditors, by person, by record and by period. */
@Resolver()
export class AccessLogResolver {
  constructor(private readonly log: AccessLogQueries) {}

  @Query(() => [AccessLogEntryType], { description: 'Reads of protected data, newest first (auditors)' })
  @RequireRoles('auditor')
  async accessLog(
    @Args('subject', { nullable: true }) subject?: string,
    @Args('recordKind', { nullable: true, description: 'With recordId: reads of one record, e.g. inspection' }) recordKind?: string,
    @Args('recordId', { type: () => ID, nullable: true }) recordId?: string,
    @Args('from', { type: () => GraphQLDateTime, nullable: true }) from?: Date,
    @Args('to', { type: () => GraphQLDateTime, nullable: true }) to?: Date,
  ): Promise<AccessLogEntryType[]> {
    const entries = await this.log.entries({
      subject,
      record: recordKind && recordId ? { kind: recordKind, id: recordId } : null,
      from: from?.toISOString(),
      to: to?.toISOString(),
    });
    return entries.map((entry) => Object.assign(new AccessLogEntryType(), entry));
  }
}
