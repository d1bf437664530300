import { KafkaIntegrationBus } from '../kafka/kafka-bus';
import { InProcessIntegrationBus } from './in-process-bus';
import { integrationBusFromEnv } from './integration-bus-from-env';

describe('integrationBusFromEnv', () => {
  it('runs embedded on the in-process bus without KAFKA_BROKERS', async () => {
    expect(await integrationBusFromEnv({})).toBeInstanceOf(InProcessIntegrationBus);
    expect(await integrationBusFromEnv({ KAFKA_BROKERS: ' ' })).toBeInstanceOf(InProcessIntegrationBus);
  });

  it('switches to Kafka when KAFKA_BROKERS names brokers', async () => {
    const bus = await integrationBusFromEnv({ KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' });
    expect(bus).toBeInstanceOf(KafkaIntegrationBus);
    await bus.close();
  });
});
