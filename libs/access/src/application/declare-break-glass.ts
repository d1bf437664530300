import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, localDateAt, notFound, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { breakGlassStream, decideBreakGlass } from '../domain/break-glass/break-glass';
import { actorOf } from '../domain/actor';
import { mayRead } from '../domain/scope';
import { AccessQueries } from '../projections/access.queries';

export interface DeclareBreakGlassPayload {
  agencyId: string;
  reason: string;
  minutes: number;
}

export class DeclareBreakGlassCommand extends PlatformCommand<DeclareBreakGlassPayload> {}

@CommandHandler(DeclareBreakGlassCommand)
export class DeclareBreakGlassHandler implements ICommandHandler<DeclareBreakGlassCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queries: AccessQueries,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: DeclareBreakGlassCommand): Promise<WriteOutcome[]> {
    const subject = requester.subject!;
    const [grants, chart] = await Promise.all([this.queries.grantsOf(subject), this.queries.chart()]);
    if (!chart.unitOf(payload.agencyId)) throw notFound(`No agency ${payload.agencyId}`);
    const now = this.clock.now();
    const actor = actorOf({ subject, name: subject }, grants, localDateAt(now));
    const declarationId = randomUUID();
    const events = decideBreakGlass({
      declarationId,
      subject,
      ...payload,
      now,
      alreadyInScope: mayRead(actor.grants, { agencyId: payload.agencyId, unitId: null }, chart),
    });
    const stream = breakGlassStream(declarationId);
    const result = await this.store.append(stream, events, 'no_stream', context);
    return [{ streamId: stream, revision: result.nextExpectedRevision, checkpoint: result.checkpoint }];
  }
}
