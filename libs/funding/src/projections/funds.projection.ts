import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { FUND_EVENT_TYPES, FundEvent } from '../domain/fund/events';
import { fundTables } from './tables';

/** Funds with their cash per purpose, the donations they received and what they handed on, to whom. */
export const fundsProjection: Projection = {
  name: 'funding.funds',
  migrations: fundTables,
  tables: ['funding_funds', 'funding_fund_balances', 'funding_donations', 'funding_distributions'],
  handles: FUND_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, recorded as unknown as FundEvent),
};

const addCash = (tx: SqlExecutor, fundId: string, purpose: string, amount: string, sign: '+' | '-') =>
  tx.query(`UPDATE funding_fund_balances SET cash = cash ${sign} $3::numeric WHERE fund_id = $1 AND purpose = $2`, [fundId, purpose, amount]);

async function applyEvent(tx: SqlExecutor, event: FundEvent): Promise<void> {
  switch (event.type) {
    case 'FundOpened': {
      const d = event.data;
      await tx.query('INSERT INTO funding_funds (fund_id, name, kind, managing_agency_id, superior_agency_id, unit_id) VALUES ($1, $2, $3, $4, $5, $6)', [
        d.fundId,
        d.name,
        d.kind,
        d.managingAgencyId,
        d.superiorAgencyId,
        d.unitId,
      ]);
      for (const purpose of d.purposes) await tx.query('INSERT INTO funding_fund_balances (fund_id, purpose) VALUES ($1, $2)', [d.fundId, purpose]);
      return;
    }
    case 'DonationRecorded': {
      const d = event.data;
      const value = d.items.reduce((total, item) => total + BigInt(item.estimatedValue), 0n);
      await tx.query(
        `INSERT INTO funding_donations (fund_id, donation_id, donor_kind, donor_name, purpose, form, amount, items, estimated_value, receipt_minute, received_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8, $9::numeric, $10, $11::date, 'recorded')`,
        [
          d.fundId,
          d.donationId,
          d.donor.kind,
          d.donor.name,
          d.purpose,
          d.form,
          d.amount,
          JSON.stringify(d.items),
          value.toString(),
          d.receiptMinute,
          d.receivedOn,
        ],
      );
      return;
    }
    case 'DonationAccepted': {
      const { rows } = await tx.query<{ purpose: string; amount: string | null }>(
        `UPDATE funding_donations SET status = 'accepted' WHERE fund_id = $1 AND donation_id = $2 RETURNING purpose, amount::text AS amount`,
        [event.data.fundId, event.data.donationId],
      );
      if (rows[0]?.amount) await addCash(tx, event.data.fundId, rows[0].purpose, rows[0].amount, '+');
      return;
    }
    case 'DonationSuspended': {
      const { rows } = await tx.query<{ purpose: string; amount: string | null; was: string }>(
        `UPDATE funding_donations d SET status = 'suspended' FROM (SELECT status AS was FROM funding_donations WHERE fund_id = $1 AND donation_id = $2) previous
         WHERE d.fund_id = $1 AND d.donation_id = $2 RETURNING d.purpose, d.amount::text AS amount, previous.was`,
        [event.data.fundId, event.data.donationId],
      );
      if (rows[0]?.amount && rows[0].was === 'accepted') await addCash(tx, event.data.fundId, rows[0].purpose, rows[0].amount, '-');
      return;
    }
    case 'DonatedGoodsChecked':
      await tx.query('UPDATE funding_donations SET quality = $3 WHERE fund_id = $1 AND donation_id = $2', [
        event.data.fundId,
        event.data.donationId,
        event.data.outcome,
      ]);
      return;
    case 'FundDistributed': {
      const d = event.data;
      const goodsValue = d.goods.reduce((total, goods) => total + BigInt(goods.value), 0n);
      await tx.query(
        `INSERT INTO funding_distributions (fund_id, distribution_id, purpose, recipient_kind, recipient_id, recipient_name, especially_difficult, cash, goods, goods_value, decision, distributed_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::numeric, $9, $10::numeric, $11, $12::date)`,
        [
          d.fundId,
          d.distributionId,
          d.purpose,
          d.recipient.kind,
          d.recipient.recipientId,
          d.recipient.name,
          d.recipient.especiallyDifficult,
          d.cashAmount ?? '0',
          JSON.stringify(d.goods),
          goodsValue.toString(),
          d.decision,
          d.distributedOn,
        ],
      );
      if (d.cashAmount) await addCash(tx, d.fundId, d.purpose, d.cashAmount, '-');
      return;
    }
    case 'FundUseDisclosed':
      await tx.query('UPDATE funding_funds SET disclosed_periods = disclosed_periods || $2::jsonb WHERE fund_id = $1', [
        event.data.fundId,
        JSON.stringify([event.data.period]),
      ]);
      return;
  }
}
