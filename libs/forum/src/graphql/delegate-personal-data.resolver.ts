import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CommandContext, invalid, notFound, PersonalDataVault } from '@cpp/eventsourcing';
import { Actor, CurrentActor, ProtectedRead, Reads, RequestContext, RequireRoles } from '@cpp/access';
import { PersonalDataReadLog } from '../application/personal-data-reads';
import { DELEGATE_FIELD_NAMES } from '../domain/delegate/personal-fields';
import { ForumQueries } from '../projections/forum.queries';
import { FORUM_ORGANISERS } from './forum-roles';
import { PersonalValueType } from './types/delegate.type';

/**
 * The one way to read a delegate's name and school: opened with the delegate's key, each
 * read recorded in the access log and, with its purpose, on the child's own stream; erased fields answered as erased.
 */
@Resolver()
export class DelegatePersonalDataResolver {
  constructor(
    private readonly queries: ForumQueries,
    private readonly vault: PersonalDataVault,
    private readonly reads: PersonalDataReadLog,
  ) {}

  @Query(() => [PersonalValueType], { description: 'A delegate’s personal fields, for a stated purpose (recorded in the access log)' })
  @RequireRoles(...FORUM_ORGANISERS)
  @ProtectedRead('children’s personal data: a forum delegate’s name and school')
  @Reads({ 'forum-delegate': 'delegateId' })
  async childForumDelegatePersonalData(
    @Args('delegateId', { type: () => ID }) delegateId: string,
    @Args('purpose') purpose: string,
    @CurrentActor() actor: Actor,
    @RequestContext() context: CommandContext,
  ): Promise<PersonalValueType[]> {
    if (purpose.trim().length < 5) throw invalid('A read of a child’s personal data states its purpose', { field: 'purpose' });
    const delegate = await this.queries.delegate(delegateId);
    if (!delegate) throw notFound(`No delegate ${delegateId}`);
    await this.reads.record({
      subjectId: delegate.subjectId,
      fields: DELEGATE_FIELD_NAMES,
      purpose: purpose.trim(),
      readBy: context.actor,
      agencyId: actor.agencyId,
      correlationId: context.correlationId,
    });
    const values: PersonalValueType[] = [];
    for (const field of DELEGATE_FIELD_NAMES) {
      const sealed = delegate.sealedFields[field];
      if (sealed) values.push({ field, ...(await this.vault.open(sealed)) });
      else if (delegate.erasedFields.includes(field)) values.push({ field, erased: true, value: null });
    }
    return values;
  }
}
