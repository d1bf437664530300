import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, loadState, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { FindingInput } from '../domain/inspection/inspection.commands';
import { inspectionDecider } from '../domain/inspection/inspection.decider';
import { inspectionStream } from '../domain/streams';
import { FindingsHistoryQueries } from '../projections/findings-history.queries';
import { decideOnInspection } from './decide-on-inspection';

export interface ReviseFindingInput extends FindingInput {
  inspectionId: string;
  findingId: string;
  expectedRevision: number;
}

export class ReviseFinding {
  constructor(
    readonly input: ReviseFindingInput,
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/** An edit may turn a conformity into a nonconformity, so recurrence is looked up again. */
@CommandHandler(ReviseFinding)
export class ReviseFindingHandler implements ICommandHandler<ReviseFinding, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly findings: FindingsHistoryQueries,
  ) {}

  async execute({ input, by, context }: ReviseFinding): Promise<WriteOutcome[]> {
    const { state } = await loadState(this.store, inspectionDecider, inspectionStream(input.inspectionId));
    const finding = state.status === 'none' ? undefined : state.findings[input.findingId];
    const earlierNonconformity = finding ? await this.findings.earlierNonconformity(finding.targetId, finding.criterionCode, input.inspectionId, finding.observedOn) : null;
    return decideOnInspection(this.store, { type: 'ReviseFinding', ...input, by, earlierNonconformity }, context);
  }
}
