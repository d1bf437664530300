import { Injectable } from '@nestjs/common';
import { FundingAsOfReplay } from './as-of-replay';
import { FundingQueries } from './funding.queries';
import { LedgerDimension, LedgerSummaryRow, nearBalance, summariseLedger } from './ledger-summary';
import { LineFilter, matchesLine } from './line-filter';
import { DistributionView, LineView } from './views';

/** Now from the read models; at an earlier instant from a replay of the log, through the same filters. */
@Injectable()
export class FundingReadModel {
  constructor(
    private readonly queries: FundingQueries,
    private readonly replay: FundingAsOfReplay,
  ) {}

  async lines(filter: LineFilter, asOf: Date | null): Promise<LineView[]> {
    if (!asOf) return this.queries.lines(filter);
    return (await this.replay.snapshot(asOf)).lines.filter((line) => matchesLine(filter, line)).sort((a, b) => (a.lineId < b.lineId ? -1 : 1));
  }

  async totals(filter: LineFilter, groupBy: readonly LedgerDimension[], asOf: Date | null): Promise<LedgerSummaryRow[]> {
    if (!asOf) return this.queries.totals(filter, groupBy);
    return summariseLedger(await this.lines(filter, asOf), groupBy);
  }

  async nearBalance(filter: LineFilter, thresholdPercent: number, asOf: Date | null): Promise<LineView[]> {
    if (!asOf) return this.queries.nearBalance(filter, thresholdPercent);
    return (await this.lines(filter, asOf)).filter((line) => nearBalance(line, thresholdPercent));
  }

  async distributions(filter: { year?: number | null }, asOf: Date | null): Promise<DistributionView[]> {
    if (!asOf) return this.queries.distributions(filter);
    return (await this.replay.snapshot(asOf)).distributions.filter((distribution) => !filter.year || distribution.distributedOn.startsWith(`${filter.year}-`));
  }
}
