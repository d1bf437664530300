import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { PlatformConfig } from '../config/platform-config';
import { recommendationsProjection } from './inbound/recommendations.projection';
import { IntegrationService, PLATFORM_CONFIG } from './integration.service';

/** Kafka (or the in-process bus) between the platform and agency systems; started by `startPlatform` for its role. */
@Module({})
export class IntegrationModule implements OnModuleInit {
  constructor(private readonly registry: ProjectionRegistry) {}

  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: IntegrationModule,
      imports: [CqrsModule],
      providers: [{ provide: PLATFORM_CONFIG, useValue: config }, IntegrationService],
      exports: [IntegrationService],
    };
  }

  onModuleInit(): void {
    this.registry.register(recommendationsProjection);
  }
}
