import { asDomainEvent, Projection, recordVersions, RecordedEvent, SqlExecutor, VersionChange } from '@cpp/eventsourcing';
import { INSPECTION_EVENT_TYPES, InspectionEvent } from '../domain/events';
import { FINDING_VERSIONS, FindingVersion, RECOMMENDATION_VERSIONS, RecommendationVersion, versionedChange } from './finding-versions';
import { findingVersionTables } from './tables';

/** Each finding's and recommendation's recorded versions: what answers `inspectionFindings(asOf:)`. */
export const findingVersionsProjection: Projection = {
  name: 'inspections.finding-versions',
  migrations: findingVersionTables,
  tables: ['inspections_finding_versions', 'inspections_recommendation_versions'],
  handles: INSPECTION_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyBatch(tx, [recorded]),
  applyBatch,
};

/** Findings and recommendations are separate rows, so each table takes its own changes in log order. */
async function applyBatch(tx: SqlExecutor, events: RecordedEvent[]): Promise<void> {
  const findings: VersionChange<FindingVersion>[] = [];
  const recommendations: VersionChange<RecommendationVersion>[] = [];
  for (const recorded of events) {
    const change = versionedChange(asDomainEvent<InspectionEvent>(recorded), recorded.globalPosition);
    if (change?.table === 'finding') findings.push({ id: change.id, recordedAt: recorded.metadata.recordedAt, evolve: change.evolve });
    if (change?.table === 'recommendation') recommendations.push({ id: change.id, recordedAt: recorded.metadata.recordedAt, evolve: change.evolve });
  }
  await recordVersions(tx, FINDING_VERSIONS, findings);
  await recordVersions(tx, RECOMMENDATION_VERSIONS, recommendations);
}
