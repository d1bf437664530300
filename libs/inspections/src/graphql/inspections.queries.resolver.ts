import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { notFound } from '@cpp/eventsourcing';
import { ProtectedRead, Reads, RequireRoles, Searches } from '@cpp/access';
import { InspectionTheme } from '../domain/vocabulary';
import { FindingsHistoryQueries } from '../projections/findings-history.queries';
import { InspectionQueries } from '../projections/inspection.queries';
import { RecommendationFollowUpQueries } from '../projections/recommendation-follow-up.queries';
import { InspectionCountType } from './types/counts.type';
import { InspectionThemeEnum } from './types/enums';
import { FindingType } from './types/finding.type';
import { InspectionType } from './types/inspection.type';
import { RecommendationType } from './types/recommendation.type';
import { SanctionType } from './types/sanction.type';

/** Inspections as planned and done, with everything they found and asked for. */
@Resolver(() => InspectionType)
@RequireRoles('steering-committee', 'inspector', 'agency-officer')
export class InspectionsQueriesResolver {
  constructor(
    private readonly inspectionQueries: InspectionQueries,
    private readonly findingQueries: FindingsHistoryQueries,
    private readonly recommendationQueries: RecommendationFollowUpQueries,
  ) {}

  @Query(() => InspectionType, { description: 'One inspection with its team, targets, findings, recommendations, sanctions and conclusion' })
  @Reads({ inspection: 'id' })
  @ProtectedRead('inspection findings on named facilities, sanctions with names')
  async inspection(@Args('id', { type: () => ID }) id: string): Promise<InspectionType> {
    const view = await this.inspectionQueries.inspection(id);
    if (!view) throw notFound(`No inspection ${id}`);
    return InspectionType.from(view);
  }

  @Query(() => [InspectionType], { description: 'Inspections an agency led or joined, in a year (by the start of their period), newest first' })
  @Searches({ agency: 'agency' }, { kind: 'agency', field: 'leadAgencyId' })
  async inspections(
    @Args('agency', { type: () => ID, nullable: true }) agency?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('status', { nullable: true, description: 'planned, in-progress or concluded' }) status?: string,
    @Args('theme', { type: () => InspectionThemeEnum, nullable: true }) theme?: InspectionTheme,
  ): Promise<InspectionType[]> {
    return (await this.inspectionQueries.inspections({ agencyId: agency, year, status, theme })).map(InspectionType.from);
  }

  @Query(() => [InspectionCountType], { description: 'Per agency: inspections planned, in progress and concluded in a year' })
  @Searches({ agency: 'agency' }, { kind: 'agency', field: 'agencyId' })
  inspectionCounts(
    @Args('year', { type: () => Int }) year: number,
    @Args('agency', { type: () => ID, nullable: true }) agency?: string,
  ): Promise<InspectionCountType[]> {
    return this.inspectionQueries.counts({ year, agencyId: agency });
  }

  @ResolveField(() => [FindingType])
  async findings(
    @Parent() inspection: InspectionType,
    @Args('asOf', {
      type: () => GraphQLDateTime,
      nullable: true,
      description: 'The findings and their follow-up as the platform knew them at this instant (from their recorded versions)',
    })
    asOf?: Date,
  ): Promise<FindingType[]> {
    return (await this.findingQueries.ofInspection(inspection.id, asOf ?? null)).map(FindingType.from);
  }

  @ResolveField(() => [RecommendationType])
  async recommendations(
    @Parent() inspection: InspectionType,
    @Args('asOf', {
      type: () => GraphQLDateTime,
      nullable: true,
      description: 'The recommendations as the platform knew them at this instant (from their recorded versions), follow-up judged on its date',
    })
    asOf?: Date,
  ): Promise<RecommendationType[]> {
    return (await this.recommendationQueries.list({ inspectionId: inspection.id }, asOf ?? null)).map(RecommendationType.from);
  }

  @ResolveField(() => [SanctionType])
  async sanctions(@Parent() inspection: InspectionType): Promise<SanctionType[]> {
    return (await this.inspectionQueries.sanctions(inspection.id)).map(SanctionType.from);
  }
}
