import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry } from '@cpp/access';
import { ForumQueries } from '../projections/forum.queries';

/**
 * Where the forum's records belong, for the access guard: a forum to its organiser and
 * locality; a recommendation to its forum's organiser, with the agency that must answer it;
 * a recommendation's answer to the agency it is addressed to alone (the organiser does not
 * answer for it); a delegate to the organiser of the forum that chose them.
 */
@Injectable()
export class ForumAccessScopes implements OnModuleInit {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly queries: ForumQueries,
  ) {}

  onModuleInit(): void {
    this.scopes.register('forum', async (id) => {
      const forum = await this.queries.forum(id);
      return forum && { agencyId: forum.organiserAgencyId, unitId: forum.localityUnitId };
    });
    this.scopes.register('forum-recommendation', async (id) => {
      const recommendation = await this.queries.recommendation(id);
      const forum = recommendation && (await this.queries.forum(recommendation.forumId));
      if (!recommendation || !forum) return null;
      return {
        agencyId: forum.organiserAgencyId,
        unitId: forum.localityUnitId,
        alsoAgencyIds: recommendation.responsibleAgencyId ? [recommendation.responsibleAgencyId] : [],
      };
    });
    this.scopes.register('forum-recommendation-answer', async (id) => {
      const recommendation = await this.queries.recommendation(id);
      const forum = recommendation && (await this.queries.forum(recommendation.forumId));
      if (!recommendation || !forum) return null;
      // Not yet forwarded: addressed to no agency, so only an oversight role of the forum's place may act on it.
      return recommendation.responsibleAgencyId
        ? { agencyId: recommendation.responsibleAgencyId, unitId: null }
        : { agencyId: null, unitId: forum.localityUnitId };
    });
    this.scopes.register('forum-delegate', async (id) => {
      const delegate = await this.queries.delegate(id);
      const forum = delegate && (await this.queries.forum(delegate.forumId));
      return forum && { agencyId: forum.organiserAgencyId, unitId: forum.localityUnitId };
    });
  }
}
