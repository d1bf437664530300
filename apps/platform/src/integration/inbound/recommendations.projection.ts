import { Projection, RecordedEvent } from '@cpp/eventsourcing';
import { RecommendationIssued } from '@cpp/inspections';

/**
 * Which inspection issued each recommendation, from the inspections context's published
 * events: agencies report a corrective action by the recommendation's id alone.
 */
export const recommendationsProjection: Projection = {
  name: 'integration.recommendations',
  migrations: [
    {
      version: 1,
      name: 'recommendations issued',
      sql: `
CREATE TABLE integration_recommendations (
  recommendation_id text NOT NULL,
  inspection_id text NOT NULL,
  responsible_agency_id text NOT NULL,
  PRIMARY KEY (recommendation_id, inspection_id)
)`,
    },
  ],
  tables: ['integration_recommendations'],
  handles: ['RecommendationIssued'],
  async apply(tx, recorded: RecordedEvent) {
    const { recommendationId, inspectionId, responsibleAgencyId } = (recorded as RecordedEvent<'RecommendationIssued', RecommendationIssued['data']>).data;
    await tx.query(
      `INSERT INTO integration_recommendations (recommendation_id, inspection_id, responsible_agency_id) VALUES ($1, $2, $3)
       ON CONFLICT (recommendation_id, inspection_id) DO NOTHING`,
      [recommendationId, inspectionId, responsibleAgencyId],
    );
  },
};
