/**
 * A relay in a process of its own, so that a test can kill it with SIGKILL at the worst
 * moment: after Kafka acknowledged a batch and before the checkpoint was written. The bus
 * reports each acknowledged batch on stdout and then freezes, holding the checkpoint back.
 */
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { IntegrationBus, Relay } from '@cpp/messaging';
import { KafkaIntegrationBus } from '@cpp/messaging/kafka';
import { sampleMappers } from '@cpp/messaging/testing';
import { logLevel } from 'kafkajs';

async function main(): Promise<void> {
  const sql = new NodePostgresSql(required('DATABASE_URL'));
  const store = await PostgresEventStore.create(sql, { pollIntervalMs: 50 });
  const kafka = new KafkaIntegrationBus({ brokers: required('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const freezingBus: IntegrationBus = {
    async publish(records) {
      await kafka.publish(records);
      process.stdout.write(`published ${records.length}\n`);
      await new Promise(() => undefined);
    },
    subscribe: (request) => kafka.subscribe(request),
    close: () => kafka.close(),
  };
  const relay = new Relay(store, sql, freezingBus, sampleMappers(), {
    topic: required('TOPIC'),
    name: required('RELAY_NAME'),
    batchSize: Number(required('BATCH_SIZE')),
  });
  await relay.start();
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
