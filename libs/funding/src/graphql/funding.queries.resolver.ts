import { Args, Context, Float, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { notFound } from '@cpp/eventsourcing';
import { AuthenticatedRequest, ReadFilter, Reads, RequireRoles, Searches, SearchFilter } from '@cpp/access';
import { LedgerDimension, summariseCommuneDonations } from '../projections/ledger-summary';
import { FundingQueries } from '../projections/funding.queries';
import { FundingReadModel } from '../projections/funding.read-model';
import { LineFilter } from '../projections/line-filter';
import { CommuneDonationsType, DonationType, FundType } from './types/fund.types';
import { BudgetLineType, LedgerDimensionEnum, LedgerEntryType, LedgerSummaryRowType } from './types/ledger.types';

const AS_OF = { type: () => GraphQLDateTime, nullable: true, description: 'Answer as the platform knew it at this instant (replayed from the log)' } as const;
const READERS = ['steering-committee', 'inspector', 'agency-officer', 'agency-head', 'finance-officer', 'org-admin'] as const;
/** A distribution is read where its fund is: a commune outside the reader's jurisdiction got it from a fund outside it. */
const BY_MANAGING_AGENCY: SearchFilter = { kind: 'agency', field: 'managingAgencyId' };

const filterOf = (fiscalYear?: number, province?: string, agency?: string, source?: string, directiveId?: string): LineFilter => ({
  fiscalYear: fiscalYear ?? null,
  provinceId: province ?? null,
  agencyId: agency ?? null,
  sourceKind: source ?? null,
  directiveId: directiveId ?? null,
});

/** The ledger by province, agency, year, source and directive task; funds and what communes received. */
@Resolver(() => BudgetLineType)
@RequireRoles(...READERS)
export class FundingQueriesResolver {
  constructor(
    private readonly readModel: FundingReadModel,
    private readonly queries: FundingQueries,
    private readonly readFilter: ReadFilter,
  ) {}

  @Query(() => BudgetLineType, { description: 'One budget line with its figures and entries' })
  @Reads({ 'budget-line': 'id' })
  async budgetLine(@Args('id', { type: () => ID }) id: string): Promise<BudgetLineType> {
    const line = await this.queries.line(id);
    if (!line) throw notFound(`No budget line ${id}`);
    return BudgetLineType.from(line);
  }

  @Query(() => [BudgetLineType], { description: 'Budget lines of a year, province, agency, source or directive' })
  @Searches({ agency: 'agency', unit: 'province' }, { kind: 'agency', field: 'agencyId' })
  async budgetLines(
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number,
    @Args('province', { type: () => ID, nullable: true }) province?: string,
    @Args('agency', { type: () => ID, nullable: true }) agency?: string,
    @Args('source', { nullable: true }) source?: string,
    @Args('directiveId', { type: () => ID, nullable: true }) directiveId?: string,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<BudgetLineType[]> {
    return (await this.readModel.lines(filterOf(fiscalYear, province, agency, source, directiveId), asOf ?? null)).map(BudgetLineType.from);
  }

  @Query(() => [LedgerSummaryRowType], {
    description: 'Estimated, allocated, committed, paid, carried over, cancelled and settled, with the execution rate, grouped as asked',
  })
  @Reads({ agency: 'agency', unit: 'province' })
  async ledgerTotals(
    @Args('groupBy', { type: () => [LedgerDimensionEnum] }) groupBy: LedgerDimension[],
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number,
    @Args('province', { type: () => ID, nullable: true }) province?: string,
    @Args('agency', { type: () => ID, nullable: true }) agency?: string,
    @Args('source', { nullable: true }) source?: string,
    @Args('directiveId', { type: () => ID, nullable: true }) directiveId?: string,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<LedgerSummaryRowType[]> {
    return (await this.readModel.totals(filterOf(fiscalYear, province, agency, source, directiveId), groupBy, asOf ?? null)).map(LedgerSummaryRowType.from);
  }

  @Query(() => [LedgerSummaryRowType], {
    description: "What a directive's tasks received, by section and source (e.g. the Sóc Trăng plan's II.5.a and II.5.b)",
  })
  // What a document's tasks received anywhere below it: read whole only inside its issuer's jurisdiction.
  @Reads({ 'directive-work': 'directiveId' })
  async directiveFunding(
    @Args('directiveId', { type: () => ID }) directiveId: string,
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<LedgerSummaryRowType[]> {
    return (await this.readModel.totals(filterOf(fiscalYear, undefined, undefined, undefined, directiveId), ['task', 'source'], asOf ?? null)).map(
      LedgerSummaryRowType.from,
    );
  }

  @Query(() => [BudgetLineType], {
    description: 'Lines whose commitments or spending reached the threshold share of their allocation, or passed it on an advance',
  })
  @Searches({ unit: 'province' }, { kind: 'agency', field: 'agencyId' })
  async budgetLinesNearBalance(
    @Args('thresholdPercent', { type: () => Float, defaultValue: 90 }) thresholdPercent: number,
    @Args('fiscalYear', { type: () => Int, nullable: true }) fiscalYear?: number,
    @Args('province', { type: () => ID, nullable: true }) province?: string,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<BudgetLineType[]> {
    return (await this.readModel.nearBalance(filterOf(fiscalYear, province), thresholdPercent, asOf ?? null)).map(BudgetLineType.from);
  }

  @ResolveField(() => [LedgerEntryType])
  async entries(@Parent() line: BudgetLineType): Promise<LedgerEntryType[]> {
    return (await this.queries.entries(line.lineId)).map(LedgerEntryType.from);
  }

  @Query(() => [FundType], { description: 'Funds and donation accounts with their cash per purpose' })
  @Searches({}, { kind: 'agency', field: 'managingAgencyId' })
  async funds(): Promise<FundType[]> {
    return (await this.queries.funds()).map(FundType.from);
  }

  @Query(() => [DonationType], { description: 'The donations a fund received' })
  @Reads({ fund: 'fundId' })
  async donations(@Args('fundId', { type: () => ID }) fundId: string): Promise<DonationType[]> {
    return (await this.queries.donations(fundId)).map(DonationType.from);
  }

  @Query(() => [CommuneDonationsType], { description: 'What each commune received in donations, cash and kind' })
  async communeDonations(
    @Context('req') request: AuthenticatedRequest,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('especiallyDifficultOnly', { defaultValue: false }) especiallyDifficultOnly?: boolean,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<CommuneDonationsType[]> {
    const managerOf = new Map((await this.queries.funds()).map((fund) => [fund.fundId, fund.managingAgencyId]));
    const distributions = (await this.readModel.distributions({ year: year ?? null }, asOf ?? null)).map((distribution) => ({
      ...distribution,
      managingAgencyId: managerOf.get(distribution.fundId) ?? null,
    }));
    const rows = summariseCommuneDonations(await this.readFilter.visible(request, distributions, BY_MANAGING_AGENCY, READERS));
    return rows.filter((row) => !especiallyDifficultOnly || row.especiallyDifficult).map(CommuneDonationsType.from);
  }
}
