import { forbidden, actsFor, conflict, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { requireClassification } from '../classification/budget-classification';
import { optionalText, requireId, requireOneOf, requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { BUDGET_LEVELS, FUNDING_SOURCES } from '../vocabulary';
import { ProposeEstimate } from './commands';
import { BudgetLineEvent } from './events';
import { BudgetLineState } from './state';

/** The spending unit proposes its estimate (lập dự toán) for a fiscal year, on codes of the classification in force for that year. */
export function decideProposeEstimate(command: ProposeEstimate, state: BudgetLineState): BudgetLineEvent[] {
  if (state.status !== 'none') throw conflict(`Budget line ${command.lineId} is already proposed`);
  requireId(command.lineId, 'lineId');
  if (!Number.isInteger(command.fiscalYear) || command.fiscalYear < 2000 || command.fiscalYear > 2100)
    throw invalid(`fiscalYear ${command.fiscalYear} is not a year`, { field: 'fiscalYear' });
  const level = requireOneOf(command.level, BUDGET_LEVELS, 'level');
  if ((level === 'central') !== (command.provinceId === null))
    throw invalid('A central line has no province; a province or commune line names its province', { field: 'provinceId' });
  if (!actsFor(command.requester, command.agencyId)) throw forbidden(`Only ${command.agencyId} may propose its own estimate`);
  for (const [field, agencyId] of [
    ['agencyId', command.agencyId],
    ['financeAgencyId', command.financeAgencyId],
    ['treasuryAgencyId', command.treasuryAgencyId],
  ] as const) {
    const known = command.facts.agencies[agencyId] ?? 'unknown';
    if (known !== 'active') throw invalid(`${field} ${agencyId} is ${known === 'ended' ? 'no longer an agency' : 'not a registered agency'}`, { field });
  }
  const kind = requireOneOf(command.source.kind, FUNDING_SOURCES, 'source.kind');
  const programme = optionalText(command.source.programme, 'source.programme', 300);
  const donor = optionalText(command.source.donor, 'source.donor', 300);
  if (kind === 'target-programme' && !programme)
    throw invalid('A target-programme line names the programme it is integrated with', { field: 'source.programme' });
  if (kind === 'aid' && !donor) throw invalid('An aid line names its donor', { field: 'source.donor' });
  if (command.task) {
    if (command.facts.directiveSections === null) throw invalid(`Directive ${command.task.directiveId} is not recorded`, { field: 'task.directiveId' });
    if (!command.facts.directiveSections.includes(command.task.section))
      throw invalid(`Directive ${command.task.directiveId} has no task in section ${command.task.section}`, { field: 'task.section' });
  }
  return [
    {
      type: 'BudgetEstimateProposed',
      data: {
        lineId: command.lineId,
        fiscalYear: command.fiscalYear,
        level,
        agencyId: command.agencyId,
        provinceId: command.provinceId,
        financeAgencyId: command.financeAgencyId,
        treasuryAgencyId: command.treasuryAgencyId,
        source: { kind, programme: kind === 'target-programme' ? programme : null, donor },
        task: command.task ? { directiveId: command.task.directiveId, section: command.task.section } : null,
        classification: requireClassification(command.classification, command.fiscalYear),
        purpose: requireText(command.purpose, 'purpose'),
        amount: vndText(requireVnd(command.amount, 'amount')),
        proposedOn: requireLocalDate(command.proposedOn, 'proposedOn'),
      },
    },
  ];
}
