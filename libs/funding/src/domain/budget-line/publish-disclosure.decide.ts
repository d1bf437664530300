import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireOneOf, requireText } from '../guards';
import { DISCLOSURE_REPORTS } from '../vocabulary';
import { PublishDisclosure } from './commands';
import { BudgetLineEvent } from './events';
import { requireLine, requireSpendingUnit } from './line-rules';
import { BudgetLineState } from './state';

/** Public disclosure (công khai) of a figure that exists: the decided estimate, execution once allocated, the settlement once approved. */
export function decidePublishDisclosure(command: PublishDisclosure, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireSpendingUnit(line, command.requester, 'publish its figures');
  const report = requireOneOf(command.report, DISCLOSURE_REPORTS, 'report');
  if (line.disclosures.includes(report)) throw conflict(`The ${report} report of line ${line.lineId} is already published`);
  if (report === 'estimate' && line.decided === null) throw conflict(`Line ${line.lineId} has no decided estimate to publish`);
  if (report.startsWith('execution') && line.status !== 'allocated' && line.status !== 'settled')
    throw conflict(`Line ${line.lineId} is not allocated; there is no execution to publish`);
  if (report === 'settlement' && line.status !== 'settled') throw conflict(`Line ${line.lineId} has no approved settlement to publish`);
  return [
    {
      type: 'BudgetDisclosurePublished',
      data: {
        lineId: line.lineId,
        report,
        reference: requireText(command.reference, 'reference', 300),
        publishedOn: requireLocalDate(command.publishedOn, 'publishedOn'),
      },
    },
  ];
}
