import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry } from '@cpp/access';
import { DirectivesQueries } from '../projections/directives.queries';

/** Where a document belongs, for the access guard: to the agency that issued it; the document binds everything under its place. */
@Injectable()
export class DirectivesAccessScopes implements OnModuleInit {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly directives: DirectivesQueries,
  ) {}

  onModuleInit(): void {
    this.scopes.register('directive', async (id) => {
      const directive = await this.directives.directive(id);
      return directive && { agencyId: directive.issuingAgencyId, unitId: null, readersBelow: true };
    });
    // The work cascading from a document reaches every province below it: only its issuer's jurisdiction reads all of it.
    this.scopes.register('directive-work', async (id) => {
      const directive = await this.directives.directive(id);
      return directive && { agencyId: directive.issuingAgencyId, unitId: null };
    });
  }
}
