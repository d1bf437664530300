import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry } from '@cpp/access';
import { FundingQueries } from '../projections/funding.queries';

/**
 * Where funding's records belong, for the access guard: a budget line to its spending unit,
 * with the finance agency and the State Treasury office that also enter on it; a fund to the
 * agency that manages it, with its superior (who may suspend donations).
 */
@Injectable()
export class FundingAccessScopes implements OnModuleInit {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly queries: FundingQueries,
  ) {}

  onModuleInit(): void {
    this.scopes.register('budget-line', async (id) => {
      const line = await this.queries.line(id);
      return line && { agencyId: line.agencyId, unitId: line.provinceId, alsoAgencyIds: [line.financeAgencyId, line.treasuryAgencyId] };
    });
    this.scopes.register('fund', async (id) => {
      const fund = (await this.queries.funds()).find((candidate) => candidate.fundId === id);
      return fund ? { agencyId: fund.managingAgencyId, unitId: fund.unitId, alsoAgencyIds: [fund.superiorAgencyId] } : null;
    });
  }
}
