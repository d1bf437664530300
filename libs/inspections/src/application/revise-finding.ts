import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, loadState, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { FindingStatement } from '../domain/inspection/commands';
import { inspectionDecider } from '../domain/inspection/inspection.decider';
import { inspectionStream } from '../domain/streams';
import { FindingsHistoryQueries } from '../projections/findings-history.queries';
import { decideOnInspection } from './decide-on-inspection';

export interface ReviseFindingPayload extends FindingStatement {
  inspectionId: string;
  findingId: string;
  expectedRevision: number;
}

export class ReviseFindingCommand extends PlatformCommand<ReviseFindingPayload> {}

/** An edit may turn a conformity into a nonconformity, so what is on record for the finding's target and criterion is read again. */
@CommandHandler(ReviseFindingCommand)
export class ReviseFindingHandler implements ICommandHandler<ReviseFindingCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly findings: FindingsHistoryQueries,
  ) {}

  async execute({ payload, requester, context }: ReviseFindingCommand): Promise<WriteOutcome[]> {
    const { state } = await loadState(this.store, inspectionDecider, inspectionStream(payload.inspectionId));
    const finding = state.status === 'none' ? undefined : state.findings[payload.findingId];
    const findingsOnRecord = finding ? await this.findings.onTargetAndCriterion(finding.targetId, finding.criterionCode) : [];
    return decideOnInspection(this.store, { type: 'ReviseFinding', ...payload, by: requester, findingsOnRecord }, context);
  }
}
