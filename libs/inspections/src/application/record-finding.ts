import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { FindingStatement } from '../domain/inspection/commands';
import { FindingsHistoryQueries } from '../projections/findings-history.queries';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface RecordFindingPayload extends FindingStatement {
  inspectionId: string;
  findingId: string;
  targetId: string;
  criterionCode: string;
  observedOn: string | null;
}

export class RecordFindingCommand extends PlatformCommand<RecordFindingPayload> {}

/**
 * What is on record for the target and criterion comes from the findings read model rather
 * than a per-target stream: the earlier inspection it compares with was projected long before
 * (inspections are months apart, and every write waits for the read models), the recurrence
 * informs and guards no write, and a second stream would need a second, non-atomic append per
 * finding. Whether the finding recurs is decided in domain/inspection/recurrence.ts.
 */
@CommandHandler(RecordFindingCommand)
export class RecordFindingHandler implements ICommandHandler<RecordFindingCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly findings: FindingsHistoryQueries,
  ) {}

  async execute({ payload, requester, context }: RecordFindingCommand): Promise<WriteOutcome[]> {
    const findingsOnRecord = await this.findings.onTargetAndCriterion(payload.targetId, payload.criterionCode);
    return decideOnInspection(
      this.store,
      { type: 'RecordFinding', ...payload, observedOn: dateOrToday(payload.observedOn, this.clock), by: requester, findingsOnRecord },
      context,
    );
  }
}
