import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { IntegrationSenders } from '@cpp/access';
import { Clock, EventStore, localDateAt, Sql } from '@cpp/eventsourcing';
import { EVENT_STORE, READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { IngestConsumer, IntegrationBus, Relay, RequireKnownAgency } from '@cpp/messaging';
import { PlatformConfig } from '../config/platform-config';
import { DEMO_EFFECTIVE_FROM } from '../demo/organizations.demo';
import { demoSenders } from './demo-senders';
import { GrantedSenders } from './granted-senders';
import { agencyExistsIn } from './inbound/agency-exists';
import { inboundHandlers } from './inbound/inbound-handlers';
import { RecommendationLookup } from './inbound/recommendation-lookup';
import { openIntegrationBus } from './open-integration-bus';
import { EventStoreWithPublicFacts } from './outbound/public-facts';
import { PUBLIC_FACTS, publicEventMappers } from './outbound/public-event-mappers';

export const PLATFORM_CONFIG = Symbol('PlatformConfig');

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The platform's side of the boundary with agency systems: ingest (agency messages →
 * commands) in the roles 'all' and 'ingest', the relay (committed public events → the public
 * topic) in 'all' and 'relay'. Both speak the same contracts on Kafka (KAFKA_BROKERS) or,
 * in the embedded default, on the in-process bus.
 */
@Injectable()
export class IntegrationService implements OnApplicationShutdown {
  private readonly logger = new Logger('Integration');
  private opened: IntegrationBus | undefined;
  private ingest: IngestConsumer | undefined;
  private relay: Relay | undefined;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly senders: IntegrationSenders,
  ) {}

  /** The bus ingest and the relay speak on, once started; in the embedded mode the only way in for an agency's message. */
  get bus(): IntegrationBus | undefined {
    return this.opened;
  }

  async start(): Promise<void> {
    const { role, integration } = this.config;
    const runsIngest = role === 'all' || role === 'ingest';
    const runsRelay = role === 'all' || role === 'relay';
    if (!runsIngest && !runsRelay) return;
    // kafkajs gave up on a consumer: this instance no longer ingests until it is restarted.
    const onConsumerCrash = (groupId: string, error: Error) => this.logger.error(`Kafka consumer of group ${groupId} stopped: ${error.message}`);
    const bus = (this.opened = await openIntegrationBus(this.config.kafkaBrokers, onConsumerCrash));
    if (runsRelay) {
      this.relay = new Relay(new EventStoreWithPublicFacts(this.store, PUBLIC_FACTS), this.sql, bus, publicEventMappers(), {
        topic: integration.publicTopic,
        onFailure: (failure) => this.logger.error(failure.message),
        onRetry: (error, attempt, delayMs) => this.logger.warn(`relay: ${errorText(error)}; attempt ${attempt}, next in ${delayMs} ms`),
      });
      await this.relay.start();
    }
    if (runsIngest) {
      await this.recordSenderAgreements();
      const authorization = new RequireKnownAgency(new GrantedSenders(this.senders), agencyExistsIn(this.store));
      const handlers = inboundHandlers(this.commands, this.store, new RecommendationLookup(this.sql, this.store));
      this.ingest = new IngestConsumer(bus, this.sql, handlers, authorization, {
        groupId: integration.ingestGroup,
        topics: [integration.inboundTopic],
        clock: this.clock,
        onDeadLetter: (record, rejection) => this.logger.warn(`dead-lettered ${record.topic} ${record.partition}/${record.offset}: ${rejection.reason}`),
        onRetry: (error, attempt, delayMs) => this.logger.warn(`ingest: ${errorText(error)}; attempt ${attempt}, next in ${delayMs} ms`),
      });
      await this.ingest.start();
    }
    this.logger.log(
      `${[runsIngest && `ingest from ${integration.inboundTopic}`, runsRelay && `relay to ${integration.publicTopic}`].filter(Boolean).join(', ')} on ${this.config.kafkaBrokers.length ? 'Kafka' : 'the in-process bus'}`,
    );
  }

  /**
   * The configured agreements become integration grants from the day they are first
   * recorded; the demo's gateways from the day the demo chart takes effect, so that the demo's
   * history can be reported on.
   */
  private async recordSenderAgreements(): Promise<void> {
    const { senders } = this.config.integration;
    const agreements = senders ?? (this.config.loadDemoData ? demoSenders() : {});
    const validFrom = senders ? localDateAt(this.clock.now()) : DEMO_EFFECTIVE_FROM;
    const started = Date.now();
    const recorded = await this.senders.record(agreements, validFrom);
    const count = Object.values(agreements).reduce((sum, agencies) => sum + agencies.length, 0);
    if (count === 0) this.logger.warn('INTEGRATION_SENDERS names no sending system: only systems granted the integration role through grantAccess may publish');
    else this.logger.log(`sender agreements: ${count} configured, ${recorded} recorded as new integration grants, in ${Date.now() - started} ms`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ingest?.stop();
    await this.relay?.stop();
    await this.opened?.close();
  }
}
