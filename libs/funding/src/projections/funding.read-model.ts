import { Injectable } from '@nestjs/common';
import { FundingAsOfReplay } from './as-of-replay';
import { FundingQueries } from './funding.queries';
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

  async distributions(filter: { year?: number | null }, asOf: Date | null): Promise<DistributionView[]> {
    if (!asOf) return this.queries.distributions(filter);
    return (await this.replay.snapshot(asOf)).distributions.filter((distribution) => !filter.year || distribution.distributedOn.startsWith(`${filter.year}-`));
  }
}
