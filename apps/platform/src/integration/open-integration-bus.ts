import { InProcessIntegrationBus, IntegrationBus } from '@cpp/messaging';

/**
 * How long a Kafka fetch waits on a quiet partition. The kafkajs default (5 s) would be an
 * agency's message's delay on a quiet topic; a quarter second costs a few idle fetches.
 */
const FETCH_WAIT_MS = 250;

/**
 * The embedded default carries the contracts on the in-process bus; configured brokers
 * (KAFKA_BROKERS) switch Kafka on. kafkajs is loaded only then.
 */
export async function openIntegrationBus(kafkaBrokers: string[], onConsumerCrash: (groupId: string, error: Error) => void): Promise<IntegrationBus> {
  if (kafkaBrokers.length === 0) return new InProcessIntegrationBus();
  const { KafkaIntegrationBus } = await import('@cpp/messaging/kafka');
  return new KafkaIntegrationBus({ brokers: kafkaBrokers, clientId: 'cpp-platform', maxWaitTimeInMs: FETCH_WAIT_MS, onConsumerCrash });
}
