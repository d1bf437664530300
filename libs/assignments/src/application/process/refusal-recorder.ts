import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CommandContext, DomainError, EventStore, handleCommand, RecordedEvent } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { refusalDecider } from '../../domain/refusal/refusal.decider';
import { reactionRefusalStream } from '../../domain/streams';

/**
 * A reaction a rule refused is recorded as ReactionRefused, on a stream of its own, so the
 * reactionFailures query shows what needs repairing; every reactor of this context records its
 * refusals here rather than only logging them.
 */
@Injectable()
export class RefusalRecorder {
  private readonly logger = new Logger('ReactionRefused');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async record(event: RecordedEvent, command: string | null, refusal: DomainError, context: CommandContext): Promise<void> {
    this.logger.warn(
      `${event.type} ${event.id} (stream ${event.streamId}) passed over: ${command ?? 'no command'} refused (${refusal.code}): ${refusal.message}`,
    );
    const { id: causeEventId, type: causeEventType, streamId: causeStreamId } = event;
    const record = {
      type: 'RecordRefusal' as const,
      causeEventId,
      causeEventType,
      causeStreamId,
      command,
      code: refusal.code,
      message: refusal.message,
      refusedAt: this.clock.now().toISOString(),
    };
    await handleCommand(this.store, refusalDecider, reactionRefusalStream(causeEventId), record, context);
  }
}
