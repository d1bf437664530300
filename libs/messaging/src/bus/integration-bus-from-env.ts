import { InProcessIntegrationBus } from './in-process-bus';
import { IntegrationBus } from './integration-bus';

/**
 * The embedded default needs no Kafka: without KAFKA_BROKERS the platform talks to itself
 * on the in-process bus. KAFKA_BROKERS (comma-separated host:port) switches Kafka on.
 */
export async function integrationBusFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<IntegrationBus> {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (brokers.length === 0) return new InProcessIntegrationBus();
  // Loaded only when asked for, so the embedded default does not pay for kafkajs.
  const { KafkaIntegrationBus } = await import('../kafka/kafka-bus');
  return new KafkaIntegrationBus({ brokers, clientId: env.KAFKA_CLIENT_ID || undefined });
}
