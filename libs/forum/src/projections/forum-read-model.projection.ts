import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { delegatesProjection } from './delegates.projection';
import { forumsProjection } from './forums.projection';
import { recommendationsProjection } from './recommendations.projection';

const parts = [forumsProjection, recommendationsProjection, delegatesProjection];

/**
 * The context's read model as one projection: each projection the platform runs follows the
 * whole log and moves its own checkpoint, so the forum's three tables share one.
 */
export const forumReadModelProjection: Projection = {
  name: 'forum.read-model',
  migrations: parts.flatMap((part, index) =>
    part.migrations.map((migration) => ({ ...migration, version: (index + 1) * 100 + migration.version, name: `${part.name}: ${migration.name}` })),
  ),
  tables: parts.flatMap((part) => part.tables),
  handles: [...new Set(parts.flatMap((part) => part.handles))],
  async apply(tx: SqlExecutor, event: RecordedEvent) {
    for (const part of parts) if (part.handles.includes(event.type)) await part.apply(tx, event);
  },
};
