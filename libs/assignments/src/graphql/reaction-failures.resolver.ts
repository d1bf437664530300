import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { invalid } from '@cpp/eventsourcing';
import { AuthenticatedRequest, ReadFilter, RequireRoles } from '@cpp/access';
import { ReactionRefusalQueries } from '../projections/reaction-refusals.queries';
import { ReactionFailureType } from './types/reaction-failure.type';

const MAX_FAILURES = 500;

/** What the process manager could not apply, for the people who repair the data behind it. */
@Resolver()
@RequireRoles('steering-committee', 'org-admin')
export class ReactionFailuresResolver {
  constructor(
    private readonly refusals: ReactionRefusalQueries,
    private readonly readFilter: ReadFilter,
  ) {}

  @Query(() => [ReactionFailureType], {
    description: 'Of the latest reactions to other contexts’ facts that a rule refused, those whose cause lies in your jurisdiction, latest first',
  })
  async reactionFailures(
    @Context('req') request: AuthenticatedRequest,
    @Args('last', { type: () => Int, nullable: true, defaultValue: 100 }) last?: number,
  ): Promise<ReactionFailureType[]> {
    const limit = last ?? 100;
    if (limit < 1 || limit > MAX_FAILURES) throw invalid(`last must be between 1 and ${MAX_FAILURES}`, { field: 'last' });
    // A refusal belongs where the fact that caused it belongs (a stream no context places: the whole country).
    const readable = await this.readFilter.readable(request, await this.refusals.latest(limit), 'stream', (refusal) => refusal.causeStreamId);
    return readable.map(ReactionFailureType.from);
  }
}
