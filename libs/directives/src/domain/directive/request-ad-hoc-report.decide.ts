import { invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { RequestAdHocReport } from './commands';
import { AdHocReportRequested } from './events';
import { distinct, requireAgency, requireAuthority, requireInForce, requireNotBefore, requireText } from './rules';
import { DirectiveState, RecordedDirective } from './state';

/**
 * An ad-hoc report (báo cáo đột xuất) under one of the document's ad-hoc regimes. A request
 * sent again with the same id changes nothing, so a retry never asks twice.
 */
export function requestAdHocReport(command: RequestAdHocReport, state: DirectiveState): AdHocReportRequested[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `request reports under directive ${command.directiveId}`);
  const requestId = requireText(command.requestId, 'requestId');
  if (directive.adHocRequestIds.includes(requestId)) return [];
  const regime = directive.regimes[command.regimeId];
  if (!regime) throw notFound(`Directive ${command.directiveId} sets no reporting regime ${command.regimeId}`, { regimeId: command.regimeId });
  if (regime.frequency !== 'ad-hoc')
    throw invalid(`Reporting regime ${regime.regimeId} is ${regime.frequency}, not ad hoc: its reports fall due on its own calendar`, {
      regimeId: regime.regimeId,
    });
  const { requestedOn } = command;
  requireNotBefore(requestedOn, regime.activeFrom, 'requestedOn', `the start of regime ${regime.regimeId}`);
  if (regime.activeUntil !== null && requestedOn > regime.activeUntil)
    throw invalid(`Reporting regime ${regime.regimeId} ended on ${regime.activeUntil}`, { regimeId: regime.regimeId });
  const dueDate = requireLocalDate(command.dueDate, 'dueDate');
  requireNotBefore(dueDate, requestedOn, 'dueDate', 'the request date');
  const content = requireText(command.content, 'content');
  const reportingAgencyIds = command.reportingAgencyIds.length > 0 ? distinct(command.reportingAgencyIds) : defaultReporters(directive, regime.regimeId);
  if (reportingAgencyIds.length === 0)
    throw invalid(`Nobody reports under regime ${regime.regimeId}: name the reporting agencies`, { regimeId: regime.regimeId });
  for (const agencyId of reportingAgencyIds) requireAgency(command.agencies, agencyId, 'reporting agency', requestedOn);
  return [
    {
      type: 'AdHocReportRequested',
      data: { directiveId: command.directiveId, regimeId: regime.regimeId, requestId, content, reportingAgencyIds, dueDate, requestedOn },
    },
  ];
}

/** Whoever the regime names, or else the lead agencies of the open tasks that report through it. */
export function defaultReporters(directive: RecordedDirective, regimeId: string): string[] {
  const named = directive.regimes[regimeId]?.reportingAgencyIds ?? [];
  if (named.length > 0) return named;
  return distinct(
    Object.values(directive.openTasks)
      .filter((task) => task.reportingRegimeIds.includes(regimeId))
      .map((task) => task.leadAgencyId),
  );
}
