import { DynamicModule, Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { PersonalDataRetention } from '../personal-data/retention-monitor';
import { SubjectKeyStore } from '../personal-data/subject-key-store';
import { EventStore } from '../store/event-store';
import { Sql } from '../sql/sql';
import { SqlSubjectKeyStore } from '../personal-data/sql/sql-subject-key-store';
import { EVENT_STORE, READ_MODEL_SQL } from './tokens';

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
  /** With no key store given, the keys live in a table of the read-model database. */
  static forRoot(keys?: SubjectKeyStore): DynamicModule {
    return {
      module: PersonalDataModule,
      providers: [
        keys
          ? { provide: SUBJECT_KEY_STORE, useValue: keys }
          : { provide: SUBJECT_KEY_STORE, inject: [READ_MODEL_SQL], useFactory: (sql: Sql) => SqlSubjectKeyStore.open(sql) },
        {
          provide: PersonalDataVault,
          inject: [SUBJECT_KEY_STORE, EVENT_STORE],
          useFactory: (subjectKeys: SubjectKeyStore, store: EventStore) => new PersonalDataVault(subjectKeys, store),
        },
        {
          provide: PersonalDataRetention,
          inject: [SUBJECT_KEY_STORE, PersonalDataVault, Clock],
          useFactory: (subjectKeys: SubjectKeyStore, vault: PersonalDataVault, clock: Clock) => new PersonalDataRetention(subjectKeys, vault, clock),
        },
        PersonalDataRetentionLifecycle,
      ],
      exports: [SUBJECT_KEY_STORE, PersonalDataVault, PersonalDataRetention, PersonalDataRetentionLifecycle],
    };
  }
}
