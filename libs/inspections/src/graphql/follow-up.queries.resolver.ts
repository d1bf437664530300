import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { invalid } from '@cpp/eventsourcing';
import { ProtectedRead, RequireRoles, Searches } from '@cpp/access';
import { InspectionTheme } from '../domain/vocabulary';
import { FindingsHistoryQueries } from '../projections/findings-history.queries';
import { RecommendationFollowUpQueries } from '../projections/recommendation-follow-up.queries';
import { FollowUpStatus } from '../projections/views';
import { FollowUpCountType } from './types/counts.type';
import { InspectionThemeEnum, RecommendationStatusEnum } from './types/enums';
import { FindingsPageType, FindingType } from './types/finding.type';
import { RecommendationType } from './types/recommendation.type';

const MAX_PAGE = 100;

const AS_OF = {
  type: () => GraphQLDateTime,
  nullable: true,
  description: 'As the platform knew it at this instant (recorded versions), follow-up judged on its date, agencies named as the chart then stood',
};

/** What the steering committee follows across inspections: the history of findings and whether recommendations were carried out. */
@Resolver()
@RequireRoles('steering-committee', 'inspector', 'agency-officer')
export class FollowUpQueriesResolver {
  constructor(
    private readonly findingQueries: FindingsHistoryQueries,
    private readonly recommendationQueries: RecommendationFollowUpQueries,
  ) {}

  @Query(() => FindingsPageType, { description: 'The history of findings with their recommendations, follow-up and recurrence, newest first' })
  @Searches({ agency: 'agency', unit: 'locality' }, { kind: 'unit', field: 'target.unitId', list: 'items' })
  @ProtectedRead('inspection findings on named facilities')
  async inspectionFindings(
    @Args('target', { type: () => ID, nullable: true }) target?: string,
    @Args('agency', { type: () => ID, nullable: true, description: 'Inspected (or running the facility), or responsible for a recommendation on it' })
    agency?: string,
    @Args('locality', { type: () => ID, nullable: true, description: 'This administrative unit and every unit inside it' }) locality?: string,
    @Args('theme', { type: () => InspectionThemeEnum, nullable: true }) theme?: InspectionTheme,
    @Args('from', { type: () => GraphQLLocalDate, nullable: true }) from?: string,
    @Args('to', { type: () => GraphQLLocalDate, nullable: true }) to?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true, description: 'endCursor of the previous page' }) after?: string,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<FindingsPageType> {
    const size = first ?? 20;
    if (size < 1 || size > MAX_PAGE) throw invalid(`first must be between 1 and ${MAX_PAGE}`, { field: 'first' });
    const page = await this.findingQueries.page(
      { targetId: target, agencyId: agency, localityUnitId: locality, theme, from, to },
      size,
      after ?? null,
      asOf ?? null,
    );
    return Object.assign(new FindingsPageType(), { ...page, items: page.items.map(FindingType.from) });
  }

  @Query(() => [RecommendationType], { description: 'Recommendations by responsible agency and follow-up state today (or asOf), earliest deadline first' })
  @Searches({ agency: 'responsibleAgency' }, { kind: 'agency', field: 'responsibleAgencyId' })
  async inspectionRecommendations(
    @Args('responsibleAgency', { type: () => ID, nullable: true }) responsibleAgency?: string,
    @Args('status', { type: () => RecommendationStatusEnum, nullable: true }) status?: FollowUpStatus,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<RecommendationType[]> {
    return (await this.recommendationQueries.list({ responsibleAgencyId: responsibleAgency, status }, asOf ?? null)).map(RecommendationType.from);
  }

  @Query(() => [FollowUpCountType], {
    description: 'Per responsible agency: recommendations open, overdue, reported, closed and reopened today (or asOf)',
  })
  @Searches({ agency: 'responsibleAgency' }, { kind: 'agency', field: 'responsibleAgencyId' })
  recommendationFollowUp(
    @Args('responsibleAgency', { type: () => ID, nullable: true }) responsibleAgency?: string,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<FollowUpCountType[]> {
    return this.recommendationQueries.counts(responsibleAgency, asOf ?? null);
  }
}
