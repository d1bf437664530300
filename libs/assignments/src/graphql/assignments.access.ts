import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry } from '@cpp/access';
import { ObligationQueries } from '../projections/obligations.queries';
import { TaskQueries } from '../projections/tasks.queries';

/**
 * Where assignments' records belong, for the access guard: an obligation to its assignee
 * (the recipient may extend it), a task to the agency it is assigned or delegated to.
 */
@Injectable()
export class AssignmentsAccessScopes implements OnModuleInit {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly obligations: ObligationQueries,
    private readonly tasks: TaskQueries,
  ) {}

  onModuleInit(): void {
    this.scopes.register('obligation', async (id) => {
      const obligation = await this.obligations.byId(id);
      return (
        obligation && { agencyId: obligation.assigneeAgencyId, unitId: null, alsoAgencyIds: obligation.recipientAgencyId ? [obligation.recipientAgencyId] : [] }
      );
    });
    this.scopes.register('task', async (id) => {
      const task = await this.tasks.byId(id);
      return task && { agencyId: task.assigneeAgencyId, unitId: null };
    });
  }
}
