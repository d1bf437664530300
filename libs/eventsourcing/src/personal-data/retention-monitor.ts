import { Clock } from '../clock/clock';
import { localDateAt } from '../clock/local-date';
import { systemContext } from '../events/command-context';
import { PersonalDataVault } from './personal-data-vault';
import { SubjectKeyStore } from './subject-key-store';

export const RETENTION_ACTOR = 'system:personal-data-retention';

export interface RetentionCheck {
  today: string;
  erased: { subjectId: string; field: string }[];
}

/**
 * The scheduled process that erases personal fields past their retention, driven by the
 * platform Clock (tests set it): each field whose retention ended before today loses its key
 * and the log records a `retention-expired` erasure.
 */
export class PersonalDataRetention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly keys: SubjectKeyStore,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async eraseExpired(now: Date = this.clock.now()): Promise<RetentionCheck> {
    const today = localDateAt(now);
    const erased: RetentionCheck['erased'] = [];
    for (const { subjectId, field } of await this.keys.expiredBefore(today)) {
      const outcome = await this.vault.erase(
        { subjectId, fields: [field], ground: 'retention-expired', requestedBy: RETENTION_ACTOR, erasedOn: today },
        systemContext('personal-data-retention'),
      );
      if (outcome.destroyed.length) erased.push({ subjectId, field });
    }
    return { today, erased };
  }

  /** Checks every `intervalMs`, in the processes that follow the log. */
  watch(intervalMs: number, onError: (error: unknown) => void): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.eraseExpired()
        .catch(onError)
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
