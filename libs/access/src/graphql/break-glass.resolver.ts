import { Args, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ForbiddenException } from '@nestjs/common';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CommandContext, IDENTIFIER } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { DeclareBreakGlassCommand } from '../application/declare-break-glass';
import { AuthorizedActor } from '../domain/actor';
import { MAX_BREAK_GLASS_MINUTES } from '../domain/break-glass/break-glass';
import { AccessLogQueries } from '../projections/access-log.queries';
import { AccessLogEntryType } from './access-log.resolver';
import { CurrentActor, RequestContext } from './current-actor.decorator';

@InputType()
export class BreakGlassInput {
  @Field(() => ID, { description: 'The agency whose data must be read' }) @Matches(IDENTIFIER) agencyId!: string;
  @Field({ description: 'Why, now (at least 20 characters); shown to the head of that agency' }) @IsString() @MaxLength(2000) reason!: string;
  @Field(() => Int, { description: `How long it lasts, 1 to ${MAX_BREAK_GLASS_MINUTES} minutes` })
  @IsInt()
  @Min(1)
  @Max(MAX_BREAK_GLASS_MINUTES)
  minutes!: number;
}

/** Break-the-glass: a stated, time-limited read outside one's grants, every read of it logged and shown to the agency's head. */
@Resolver()
export class BreakGlassResolver {
  constructor(
    private readonly receipts: CommandReceipts,
    private readonly log: AccessLogQueries,
  ) {}

  @Mutation(() => CommandReceiptType, {
    description: 'Declare a break-the-glass read of an agency’s data outside your grants, with the reason and a time limit',
  })
  breakGlass(@Args('input') input: BreakGlassInput, @CurrentActor() actor: AuthorizedActor, @RequestContext() context: CommandContext) {
    if (actor.grants.length === 0) throw new ForbiddenException('Only someone with a grant may break the glass');
    return this.receipts.execute(new DeclareBreakGlassCommand({ agencyId: input.agencyId, reason: input.reason, minutes: input.minutes }, context, actor));
  }

  @Query(() => [AccessLogEntryType], { description: 'Reads of this agency’s data under break-the-glass: for its head (and auditors)' })
  async breakGlassReads(@Args('agency', { type: () => ID }) agency: string, @CurrentActor() actor: AuthorizedActor): Promise<AccessLogEntryType[]> {
    const head = actor.grants.some((grant) => grant.role === 'agency-head' && grant.agencyId === agency);
    if (!head && !actor.roles.includes('auditor')) throw new ForbiddenException('Break-the-glass reads of an agency are shown to its head and to auditors');
    return (await this.log.entries({ brokenGlassOf: agency })).map((entry) => Object.assign(new AccessLogEntryType(), entry));
  }
}
