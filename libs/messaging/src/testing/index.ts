/** Test helpers for the integration boundary: sample messages, sample relay mappers, polling. */
export * from './sample-mappers';
export * from './sample-messages';
export * from './wait-for';
