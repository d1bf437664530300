import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedRequest, ReadFilter, Reads, SearchFilter, Searches } from '@cpp/access';
import { notFound } from '@cpp/eventsourcing';
import { DirectiveStatus } from '../domain/directive/state';
import { DocumentType } from '../domain/directive/document';
import { DirectivesQueries, TaskStatus } from '../projections/directives.queries';
import { AdHocReportRequestType, AmendmentType } from './types/amendment.type';
import { DirectiveTaskType } from './types/directive-task.type';
import { CascadeStepType, DirectiveType } from './types/directive.type';
import { DirectiveStatusEnum, DocumentTypeEnum, TaskStatusEnum } from './types/enums';
import { ReportingRegimeType } from './types/reporting-regime.type';

/** A document binds its issuer's place and everything under it: that is who reads it. */
const BINDING_BELOW_ITS_ISSUER: SearchFilter = { kind: 'agency', field: 'issuingAgencyId', readersBelow: true };
const STEPS_BINDING_BELOW_THEIR_ISSUER: SearchFilter = { ...BINDING_BELOW_ITS_ISSUER, field: 'directive.issuingAgencyId' };

@Resolver(() => DirectiveType)
export class DirectivesQueriesResolver {
  constructor(
    private readonly queries: DirectivesQueries,
    private readonly readFilter: ReadFilter,
  ) {}

  @Query(() => DirectiveType, { description: 'One document, with its tasks, regimes and place in the cascade' })
  @Reads({ directive: 'id' })
  async directive(@Args('id', { type: () => ID }) id: string): Promise<DirectiveType> {
    const view = await this.queries.directive(id);
    if (!view) throw notFound(`No directive ${id}`);
    return DirectiveType.from(view);
  }

  @Query(() => [DirectiveType], { description: 'Documents by issuing agency, type and year of issue (the number’s year when the date was left blank)' })
  @Searches({}, BINDING_BELOW_ITS_ISSUER)
  async directives(
    @Args('issuingAgency', { type: () => ID, nullable: true }) issuingAgency?: string,
    @Args('type', { type: () => DocumentTypeEnum, nullable: true }) type?: DocumentType,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('status', { type: () => DirectiveStatusEnum, nullable: true }) status?: DirectiveStatus,
  ): Promise<DirectiveType[]> {
    return (await this.queries.directives({ issuingAgencyId: issuingAgency, documentType: type, year, status })).map(DirectiveType.from);
  }

  @ResolveField(() => [DirectiveTaskType])
  async tasks(
    @Parent() directive: DirectiveType,
    @Args('leadAgency', { type: () => ID, nullable: true }) leadAgency?: string,
    @Args('status', { type: () => TaskStatusEnum, nullable: true }) status?: TaskStatus,
  ): Promise<DirectiveTaskType[]> {
    return (await this.queries.tasks(directive.id, { leadAgencyId: leadAgency, status })).map(DirectiveTaskType.from);
  }

  @ResolveField(() => [ReportingRegimeType])
  async reportingRegimes(@Parent() directive: DirectiveType): Promise<ReportingRegimeType[]> {
    return (await this.queries.regimes(directive.id)).map(ReportingRegimeType.from);
  }

  @ResolveField(() => [AmendmentType])
  amendments(@Parent() directive: DirectiveType): Promise<AmendmentType[]> {
    return this.queries.amendments(directive.id);
  }

  @ResolveField(() => [AdHocReportRequestType])
  adHocRequests(@Parent() directive: DirectiveType): Promise<AdHocReportRequestType[]> {
    return this.queries.adHocRequests(directive.id);
  }

  @ResolveField(() => [DirectiveType], { description: 'The documents it implements, one step up; nest the field to go further' })
  async implements(@Parent() directive: DirectiveType, @Context('req') request: AuthenticatedRequest): Promise<DirectiveType[]> {
    const linked = await this.queries.linked(directive.id, 'implements', 'up');
    return (await this.readFilter.visible(request, linked, BINDING_BELOW_ITS_ISSUER)).map(DirectiveType.from);
  }

  @ResolveField(() => [DirectiveType], { description: 'The documents that implement it, one step down; nest the field to go further' })
  async implementedBy(@Parent() directive: DirectiveType, @Context('req') request: AuthenticatedRequest): Promise<DirectiveType[]> {
    const linked = await this.queries.linked(directive.id, 'implements', 'down');
    return (await this.readFilter.visible(request, linked, BINDING_BELOW_ITS_ISSUER)).map(DirectiveType.from);
  }

  @ResolveField(() => [DirectiveType], { description: 'The documents it rests on ("Căn cứ …")' })
  async basedOn(@Parent() directive: DirectiveType, @Context('req') request: AuthenticatedRequest): Promise<DirectiveType[]> {
    const linked = await this.queries.linked(directive.id, 'based-on', 'up');
    return (await this.readFilter.visible(request, linked, BINDING_BELOW_ITS_ISSUER)).map(DirectiveType.from);
  }

  @ResolveField(() => [DirectiveType], { description: 'The documents that rest on it' })
  async citedBy(@Parent() directive: DirectiveType, @Context('req') request: AuthenticatedRequest): Promise<DirectiveType[]> {
    const linked = await this.queries.linked(directive.id, 'based-on', 'down');
    return (await this.readFilter.visible(request, linked, BINDING_BELOW_ITS_ISSUER)).map(DirectiveType.from);
  }

  @ResolveField(() => [CascadeStepType], { description: 'Everything above it in the cascade, nearest first' })
  async cascadeUp(@Parent() directive: DirectiveType, @Context('req') request: AuthenticatedRequest): Promise<CascadeStepType[]> {
    const steps = await this.readFilter.visible(request, await this.queries.cascade(directive.id, 'up'), STEPS_BINDING_BELOW_THEIR_ISSUER);
    return steps.map(({ depth, directive: view }) => ({ depth, directive: DirectiveType.from(view) }));
  }

  @ResolveField(() => [CascadeStepType], { description: 'Everything below it in the cascade, nearest first' })
  async cascadeDown(@Parent() directive: DirectiveType, @Context('req') request: AuthenticatedRequest): Promise<CascadeStepType[]> {
    const steps = await this.readFilter.visible(request, await this.queries.cascade(directive.id, 'down'), STEPS_BINDING_BELOW_THEIR_ISSUER);
    return steps.map(({ depth, directive: view }) => ({ depth, directive: DirectiveType.from(view) }));
  }
}
