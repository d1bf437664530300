import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry } from '@cpp/access';
import { DirectivesQueries } from '../projections/directives.queries';

/** Where a document belongs, for the access guard: to the agency that issued it. */
@Injectable()
export class DirectivesAccessScopes implements OnModuleInit {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly directives: DirectivesQueries,
  ) {}

  onModuleInit(): void {
    this.scopes.register('directive', async (id) => {
      const directive = await this.directives.directive(id);
      return directive && { agencyId: directive.issuingAgencyId, unitId: null };
    });
  }
}
