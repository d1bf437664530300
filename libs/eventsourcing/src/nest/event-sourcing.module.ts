import { DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Clock } from '../clock/clock';
import { Sql } from '../sql/sql';
import { EventStore } from '../store/event-store';
import { CommandReceipts } from './command-receipts';
import { ProjectionRegistry } from './projection-registry';
import { ProjectionsService } from './projections.service';
import { EVENT_STORE, READ_MODEL_SQL } from './tokens';

export interface EventSourcingInfrastructure {
  store: EventStore;
  readModels: Sql;
  clock: Clock;
}

/**
 * The kernel as Nest sees it: the store, the read-model database and the clock, opened once
 * by the application (which knows the configuration) and shared by every context.
 */
@Global()
@Module({})
export class EventSourcingModule {
  static forRoot(infrastructure: EventSourcingInfrastructure): DynamicModule {
    return {
      module: EventSourcingModule,
      imports: [CqrsModule],
      providers: [
        { provide: EVENT_STORE, useValue: infrastructure.store },
        { provide: READ_MODEL_SQL, useValue: infrastructure.readModels },
        { provide: Clock, useValue: infrastructure.clock },
        ProjectionRegistry,
        ProjectionsService,
        CommandReceipts,
      ],
      exports: [EVENT_STORE, READ_MODEL_SQL, Clock, ProjectionRegistry, ProjectionsService, CommandReceipts],
    };
  }
}
