/** Imported on its own path so that the embedded default never loads kafkajs. */
export * from './kafka-bus';
