import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, isLocalDate, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { FindingInput } from '../domain/inspection/inspection.commands';
import { FindingsHistoryQueries } from '../projections/findings-history.queries';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface RecordFindingInput extends FindingInput {
  inspectionId: string;
  findingId: string;
  targetId: string;
  criterionCode: string;
  observedOn: string | null;
}

export class RecordFinding {
  constructor(
    readonly input: RecordFindingInput,
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/**
 * Recurrence is looked up in the findings read model rather than a per-target stream: the
 * earlier inspection it compares with was projected long before (inspections are months
 * apart, and every write waits for the read models), the flag informs and guards no write,
 * and a second stream would need a second, non-atomic append per finding.
 */
@CommandHandler(RecordFinding)
export class RecordFindingHandler implements ICommandHandler<RecordFinding, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly findings: FindingsHistoryQueries,
  ) {}

  async execute({ input, by, context }: RecordFinding): Promise<WriteOutcome[]> {
    const observedOn = dateOrToday(input.observedOn, this.clock);
    const earlierNonconformity = isLocalDate(observedOn) ? await this.findings.earlierNonconformity(input.targetId, input.criterionCode, input.inspectionId, observedOn) : null;
    return decideOnInspection(this.store, { type: 'RecordFinding', ...input, observedOn, by, earlierNonconformity }, context);
  }
}
