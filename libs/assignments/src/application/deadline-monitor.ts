import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, localDateAt, systemContext, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { directivePlanDecider } from '../domain/plan/directive-plan.decider';
import { periodicObligations } from '../domain/plan/plan-derivations';
import { horizonFor } from '../domain/plan/reporting-periods';
import { openObligation } from '../domain/policies/open-obligation.policy';
import { planStream } from '../domain/streams';
import { DirectivePlanQueries } from '../projections/directive-plans.queries';
import { ObligationQueries } from '../projections/obligations.queries';
import { MarkObligationOverdueCommand } from './mark-obligation-overdue';
import { ReactionFacts } from './process/reaction-facts';
import { ReactionSender } from './process/reaction-sender';
import { RecordDeadlineApproachingCommand } from './record-deadline-approaching';

export interface DeadlineCheck {
  today: string;
  overdueRecorded: number;
  approachingRecorded: number;
  periodsOpened: number;
  writes: WriteOutcome[];
}

/**
 * The scheduled process that watches deadlines, driven by the Clock (tests set it). Each
 * run records, for every open obligation, its missed deadline once (ObligationOverdue) and
 * its approach once (DeadlineApproaching), and opens the periods of open-ended regimes as
 * the horizon moves into a new year. The read model only proposes candidates; each
 * obligation's decider decides, so concurrent runs (several projector processes, or an
 * operator's `checkDeadlines`) record nothing twice.
 */
@Injectable()
export class DeadlineMonitor implements OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineMonitor');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly commands: CommandBus,
    private readonly obligations: ObligationQueries,
    private readonly plans: DirectivePlanQueries,
    private readonly facts: ReactionFacts,
    private readonly sender: ReactionSender,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async checkDeadlines(now: Date, context: CommandContext = systemContext('deadline-monitor')): Promise<DeadlineCheck> {
    const today = localDateAt(now);
    const writes: WriteOutcome[] = [];
    const periodsOpened = await this.extendHorizons(today, context, writes);
    let overdueRecorded = 0;
    for (const obligationId of await this.obligations.overdueUnrecorded(today)) {
      overdueRecorded += this.count(
        writes,
        await this.commands.execute<MarkObligationOverdueCommand, WriteOutcome[]>(new MarkObligationOverdueCommand({ obligationId, today }, context)),
      );
    }
    let approachingRecorded = 0;
    for (const obligationId of await this.obligations.approachingUnrecorded(today)) {
      approachingRecorded += this.count(
        writes,
        await this.commands.execute<RecordDeadlineApproachingCommand, WriteOutcome[]>(new RecordDeadlineApproachingCommand({ obligationId, today }, context)),
      );
    }
    return { today, overdueRecorded, approachingRecorded, periodsOpened, writes };
  }

  private async extendHorizons(today: string, context: CommandContext, writes: WriteOutcome[]): Promise<number> {
    const horizon = horizonFor(today);
    let opened = 0;
    const former = await this.facts.formerAgencies();
    for (const directiveId of await this.plans.behindHorizon(horizon)) {
      const outcome = await handleCommand(
        this.store,
        directivePlanDecider,
        planStream(directiveId),
        { type: 'ExtendReportingHorizon', directiveId, horizon },
        context,
      );
      const extended = outcome.events.find((event) => event.type === 'ReportingHorizonExtended');
      if (!extended || outcome.state.status === 'none') continue;
      const window = { after: extended.data.previousHorizon, through: extended.data.horizon };
      for (const spec of periodicObligations(outcome.state, window))
        opened += this.count(writes, await this.sender.send(openObligation(spec, today, former), context)) > 0 ? 1 : 0;
    }
    return opened;
  }

  private count(writes: WriteOutcome[], outcome: WriteOutcome[]): number {
    const written = outcome.filter((write) => write.checkpoint !== null);
    writes.push(...written);
    return written.length;
  }

  /** Checks every `intervalMs`, in the processes that follow the log (the platform decides which). */
  watch(intervalMs: number): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.checkDeadlines(this.clock.now())
      .then((check) => {
        if (check.writes.length)
          this.logger.log(`${check.today}: ${check.overdueRecorded} overdue, ${check.approachingRecorded} approaching, ${check.periodsOpened} periods opened`);
      })
      .catch((error) => this.logger.error(`Deadline check failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = undefined));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
