import { CommandBus } from '@nestjs/cqrs';
import { EventStore, StateCache } from '@cpp/eventsourcing';
import { ObligationOpened, obligationStream, SubmitReportCommand } from '@cpp/assignments';
import { InboundHandler, MessageRejectedError } from '@cpp/messaging';

/**
 * A report (báo cáo) with its indicator figures. The contract names the period beside the
 * obligation: figures meant for another period than the obligation's are refused rather than
 * filed under the wrong one. The report document's number is kept as the report's note.
 */
export const reportSubmitted =
  (commands: CommandBus, store: EventStore, cache: StateCache): InboundHandler<'reportSubmitted'> =>
  async (payload, context) => {
    const [first] = await store.readStream(obligationStream(payload.obligationId), { maxCount: 1 });
    const period = first?.type === 'ObligationOpened' ? (first.data as ObligationOpened['data']).period : null;
    if (period && period.label !== payload.period) {
      throw new MessageRejectedError(
        'invalid',
        `reportSubmitted.period ${payload.period} is not the period of obligation ${payload.obligationId} (${period.label})`,
      );
    }
    const figures = payload.indicators.map(({ code, value, unit }) => ({ code, value, unit }));
    await commands.execute(
      new SubmitReportCommand({ obligationId: payload.obligationId, figures, note: payload.documentNumber || null }, context.command, undefined, {
        eventId: context.eventId,
        cache,
      }),
    );
  };
