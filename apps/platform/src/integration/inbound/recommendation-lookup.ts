import { EventStore, Sql, waitForCheckpoints } from '@cpp/eventsourcing';
import { MessageRejectedError, UnknownReferenceError } from '@cpp/messaging';
import { recommendationsProjection } from './recommendations.projection';

/** How long a lookup waits for the recommendations projection to reach the log's head before the message is retried. */
const CATCH_UP_MS = 5_000;

/** Thrown while the projection is behind: the message is retried, not dead-lettered. */
class RecommendationsBehindError extends Error {
  constructor() {
    super(`The ${recommendationsProjection.name} projection is behind the log; the message will be retried`);
    this.name = 'RecommendationsBehindError';
  }
}

/**
 * Finds the inspection of a recommendation an agency reports on. An agency may answer a
 * RecommendationIssued message before the projection has seen that event: an id not found
 * is unknown only once the projection has caught up with the log as it stood when asked.
 */
export class RecommendationLookup {
  constructor(
    private readonly sql: Sql,
    private readonly store: EventStore,
  ) {}

  async inspectionOf(recommendationId: string, agencyId: string): Promise<string> {
    let found = await this.find(recommendationId);
    if (found.length === 0) {
      await this.untilCaughtUp();
      found = await this.find(recommendationId);
    }
    if (found.length === 0) throw new UnknownReferenceError('recommendation', recommendationId);
    // Ids are unique per inspection only; the agency's own recommendation is the one it means.
    const own = found.filter((row) => row.responsible_agency_id === agencyId);
    const candidates = own.length > 0 ? own : found;
    if (candidates.length > 1) {
      throw new MessageRejectedError(
        'invalid',
        `Recommendation ${recommendationId} was issued by inspections ${candidates.map((row) => row.inspection_id).join(', ')}; the message cannot say which`,
      );
    }
    return candidates[0].inspection_id;
  }

  private async find(recommendationId: string) {
    const result = await this.sql.query<{ inspection_id: string; responsible_agency_id: string }>(
      'SELECT inspection_id, responsible_agency_id FROM integration_recommendations WHERE recommendation_id = $1 ORDER BY inspection_id',
      [recommendationId],
    );
    return result.rows;
  }

  private async untilCaughtUp(): Promise<void> {
    const head = await this.store.headCheckpoint();
    const outcome = await waitForCheckpoints(this.sql, [recommendationsProjection.name], head, { deadline: Date.now() + CATCH_UP_MS });
    if (!outcome.reached) throw new RecommendationsBehindError();
  }
}
