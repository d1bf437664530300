/**
 * The inspections context's public surface: its published events (assignments turns each
 * recommendation into an obligation of the responsible agency), its module and its commands.
 */
export * from './domain/published-events';
export { INSPECTION_EVENT_TYPES } from './domain/events';
export type { InspectionEvent } from './domain/events';
export { inspectionStream } from './domain/streams';
