import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { notFound } from '@cpp/eventsourcing';
import { AgencyKind } from '../domain/agency/events';
import { OrganizationChartQueries } from '../projections/organization-chart.queries';
import { AdministrativeLevelType } from './types/administrative-level.type';
import { AdministrativeUnitType } from './types/administrative-unit.type';
import { AgencyKindEnum } from './types/agency-kind.enum';
import { AgencyType } from './types/agency.type';

const AS_OF = {
  type: () => GraphQLLocalDate,
  nullable: true,
  description: 'The chart as it stood on this date (default: the day of knownAt, or today)',
} as const;
const KNOWN_AT = {
  type: () => GraphQLDateTime,
  nullable: true,
  description: 'The chart as the platform knew it at this instant, from its recorded versions (default: now)',
} as const;

@Resolver(() => AgencyType)
export class OrganizationsQueriesResolver {
  constructor(private readonly chart: OrganizationChartQueries) {}

  @Query(() => [AgencyType], { description: 'Agencies within a jurisdiction (the unit and every unit inside it), as they stood on a date (default today)' })
  async agencies(
    @Args('jurisdiction', { type: () => ID, nullable: true }) jurisdiction?: string,
    @Args('asOf', AS_OF) asOf?: string,
    @Args('knownAt', KNOWN_AT) knownAt?: Date,
    @Args('kind', { type: () => AgencyKindEnum, nullable: true }) kind?: AgencyKind,
    @Args('includeInactive', { nullable: true, defaultValue: false }) includeInactive?: boolean,
  ): Promise<AgencyType[]> {
    const views = await this.chart.agencies({ jurisdictionUnitId: jurisdiction, asOf, knownAt, kind, includeInactive });
    return views.map((view) => AgencyType.from(view, asOf ?? null, knownAt ?? null));
  }

  @Query(() => AgencyType, { description: 'One agency as it stood on a date (default today)' })
  async agency(@Args('id', { type: () => ID }) id: string, @Args('asOf', AS_OF) asOf?: string, @Args('knownAt', KNOWN_AT) knownAt?: Date): Promise<AgencyType> {
    const view = await this.chart.agency(id, { asOf, knownAt });
    if (!view) throw notFound(`No agency ${id}${asOf ? ` on ${asOf}` : ''}`);
    return AgencyType.from(view, asOf ?? null, knownAt ?? null);
  }

  @Query(() => [AgencyType], { description: 'Every version of an agency: names, mergers, functions over time' })
  async agencyVersions(@Args('id', { type: () => ID }) id: string, @Args('knownAt', KNOWN_AT) knownAt?: Date): Promise<AgencyType[]> {
    return (await this.chart.agencyVersions(id, knownAt ?? null)).map((view) => AgencyType.from(view, view.validFrom, knownAt ?? null));
  }

  @ResolveField(() => AdministrativeUnitType, { nullable: true })
  async unit(@Parent() agency: AgencyType): Promise<AdministrativeUnitType | null> {
    const view = await this.chart.unit(agency.unitId, { asOf: agency.asOf ?? agency.validFrom, knownAt: agency.knownAt });
    return view && AdministrativeUnitType.from(view);
  }

  @Query(() => [AdministrativeUnitType], { description: 'Administrative units, by parent and level, as they stood on a date' })
  async administrativeUnits(
    @Args('parent', { type: () => ID, nullable: true }) parent?: string,
    @Args('level', { nullable: true }) level?: string,
    @Args('asOf', AS_OF) asOf?: string,
    @Args('knownAt', KNOWN_AT) knownAt?: Date,
    @Args('includeInactive', { nullable: true, defaultValue: false }) includeInactive?: boolean,
  ): Promise<AdministrativeUnitType[]> {
    return (await this.chart.units({ parentUnitId: parent, levelCode: level, asOf, knownAt, includeInactive })).map(AdministrativeUnitType.from);
  }

  @Query(() => AdministrativeUnitType)
  async administrativeUnit(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', AS_OF) asOf?: string,
    @Args('knownAt', KNOWN_AT) knownAt?: Date,
  ): Promise<AdministrativeUnitType> {
    const view = await this.chart.unit(id, { asOf, knownAt });
    if (!view) throw notFound(`No administrative unit ${id}${asOf ? ` on ${asOf}` : ''}`);
    return AdministrativeUnitType.from(view);
  }

  @Query(() => [AdministrativeLevelType])
  administrativeLevels(): Promise<AdministrativeLevelType[]> {
    return this.chart.levels();
  }
}
