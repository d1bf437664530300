import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { PersonalDataRetention } from '../personal-data/retention-monitor';
import { SubjectKeyStore } from '../personal-data/subject-key-store';
import { EventStore } from '../store/event-store';
import { EVENT_STORE } from './tokens';

export const SUBJECT_KEY_STORE = Symbol('SubjectKeyStore');

/** Stops the retention timer with the application. */
@Injectable()
export class PersonalDataRetentionLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('PersonalDataRetention');
  constructor(private readonly retention: PersonalDataRetention) {}

  watch(intervalMs: number): void {
    this.retention.watch(intervalMs, (error) => this.logger.error(`Retention check failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.retention.stop();
  }
}

/**
 * Children's personal data as Nest sees it: the key store the application opened (a table
 * of the read-model database, or a KMS), the vault that seals and erases with it, and the
 * retention process the platform starts where it follows the log.
 */
@Global()
@Module({})
export class PersonalDataModule {
  static forRoot(keys: SubjectKeyStore): DynamicModule {
    return {
      module: PersonalDataModule,
      providers: [
        { provide: SUBJECT_KEY_STORE, useValue: keys },
        { provide: PersonalDataVault, inject: [EVENT_STORE], useFactory: (store: EventStore) => new PersonalDataVault(keys, store) },
        { provide: PersonalDataRetention, inject: [PersonalDataVault, Clock], useFactory: (vault: PersonalDataVault, clock: Clock) => new PersonalDataRetention(keys, vault, clock) },
        PersonalDataRetentionLifecycle,
      ],
      exports: [SUBJECT_KEY_STORE, PersonalDataVault, PersonalDataRetention, PersonalDataRetentionLifecycle],
    };
  }
}

export const InjectSubjectKeys = () => Inject(SUBJECT_KEY_STORE);
