import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Clock, localDateAt, notFound } from '@cpp/eventsourcing';
import { Reads, RequireRoles, Searches } from '@cpp/access';
import { followUpOf } from '../projections/follow-up';
import { ForumQueries } from '../projections/forum.queries';
import { DelegateType, RepresentativenessType } from './types/delegate.type';
import { ForumFollowUpType, ForumRecommendationType, ForumType } from './types/forum.type';
import { toDelegateType } from './delegate-view';
import { FORUM_READERS } from './forum-roles';

/** Forums, their recommendations and what became of them, and their delegates as pseudonymous records. */
@Resolver()
@RequireRoles(...FORUM_READERS)
export class ForumQueriesResolver {
  constructor(
    private readonly queries: ForumQueries,
    private readonly clock: Clock,
  ) {}

  @Query(() => [ForumType], { description: 'Children’s forums, of one level or all' })
  @Searches({}, { kind: 'agency', field: 'organiserAgencyId' })
  childForums(@Args('level', { type: () => String, nullable: true }) level: string | null) {
    return this.queries.forums(level ?? null);
  }

  @Query(() => ForumType)
  @Reads({ forum: 'id' })
  async childForum(@Args('id', { type: () => ID }) id: string) {
    const forum = await this.queries.forum(id);
    if (!forum) throw notFound(`No forum ${id}`);
    return forum;
  }

  @Query(() => [ForumRecommendationType], { description: 'Recommendations raised at a forum or escalated to it' })
  @Reads({ forum: 'forumId' })
  childForumRecommendations(@Args('forumId', { type: () => ID }) forumId: string) {
    return this.queries.recommendationsOf(forumId);
  }

  @Query(() => ForumRecommendationType)
  @Reads({ 'forum-recommendation': 'id' })
  async childForumRecommendation(@Args('id', { type: () => ID }) id: string) {
    const recommendation = await this.queries.recommendation(id);
    if (!recommendation) throw notFound(`No recommendation ${id}`);
    return recommendation;
  }

  @Query(() => ForumFollowUpType, { description: 'Before a forum meets: what became of its previous edition’s recommendations' })
  @Reads({ forum: 'forumId' })
  async childForumFollowUp(@Args('forumId', { type: () => ID }) forumId: string): Promise<ForumFollowUpType> {
    const forum = await this.queries.forum(forumId);
    if (!forum) throw notFound(`No forum ${forumId}`);
    const recommendations = forum.previousForumId ? await this.queries.recommendationsRaisedAt(forum.previousForumId) : [];
    return { forumId, previousForumId: forum.previousForumId, ...followUpOf(recommendations, localDateAt(this.clock.now())), recommendations };
  }

  @Query(() => [DelegateType], { description: 'Delegates a forum chose or receives, without personal data' })
  @Reads({ forum: 'forumId' })
  async childForumDelegates(@Args('forumId', { type: () => ID }) forumId: string) {
    return (await this.queries.delegatesOf(forumId)).map(toDelegateType);
  }

  @Query(() => DelegateType)
  @Reads({ 'forum-delegate': 'id' })
  async childForumDelegate(@Args('id', { type: () => ID }) id: string) {
    const delegate = await this.queries.delegate(id);
    if (!delegate) throw notFound(`No delegate ${id}`);
    return toDelegateType(delegate);
  }

  @Query(() => [RepresentativenessType], { description: 'The delegates going to a forum, by region, ethnicity, age band and sex' })
  @Reads({ forum: 'toForumId' })
  childForumRepresentativeness(@Args('toForumId', { type: () => ID }) toForumId: string) {
    return this.queries.representativeness(toForumId);
  }
}
