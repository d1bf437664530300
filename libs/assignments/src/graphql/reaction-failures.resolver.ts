import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { invalid } from '@cpp/eventsourcing';
import { RequireRoles } from '@cpp/access';
import { ReactionRefusalQueries } from '../projections/reaction-refusals.queries';
import { ReactionFailureType } from './types/reaction-failure.type';

const MAX_FAILURES = 500;

/** What the process manager could not apply, for the people who repair the data behind it. */
@Resolver()
@RequireRoles('steering-committee', 'org-admin')
export class ReactionFailuresResolver {
  constructor(private readonly refusals: ReactionRefusalQueries) {}

  @Query(() => [ReactionFailureType], { description: 'Reactions to other contexts’ facts that a rule refused, latest first' })
  async reactionFailures(@Args('last', { type: () => Int, nullable: true, defaultValue: 100 }) last?: number): Promise<ReactionFailureType[]> {
    const limit = last ?? 100;
    if (limit < 1 || limit > MAX_FAILURES) throw invalid(`last must be between 1 and ${MAX_FAILURES}`, { field: 'last' });
    return (await this.refusals.latest(limit)).map(ReactionFailureType.from);
  }
}
