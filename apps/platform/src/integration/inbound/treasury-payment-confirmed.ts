import { createHash } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { ConfirmTreasuryDisbursementCommand } from '@cpp/funding';
import { DisbursementKind, InboundHandler } from '@cpp/messaging';

/** One ledger entry per Treasury reference: a confirmation sent again under another message id finds its entry applied. */
const entryIdOf = (treasuryReference: string) => `kb-${createHash('sha256').update(treasuryReference).digest('hex').slice(0, 24)}`;

/**
 * A payment or advance the State Treasury office confirms, recorded with its reference and as
 * that office (the envelope's agency): the line refuses it from anyone else.
 */
export const treasuryPaymentConfirmed =
  (commands: CommandBus): InboundHandler<'treasuryPaymentConfirmed'> =>
  async (payload, context) => {
    await commands.execute(
      new ConfirmTreasuryDisbursementCommand(
        {
          lineId: payload.lineId,
          entryId: entryIdOf(payload.treasuryReference),
          kind: payload.kind === DisbursementKind.ADVANCE ? 'advance' : 'payment',
          amount: payload.amountVnd,
          treasuryReference: payload.treasuryReference,
          confirmedOn: payload.confirmedOn,
        },
        context.command,
        undefined,
        { eventId: context.eventId },
      ),
    );
  };
