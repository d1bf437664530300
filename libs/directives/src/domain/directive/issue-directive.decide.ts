import { conflict, invalid, requireIdentifier } from '@cpp/eventsourcing';
import { documentTypeOfCode, parseDocumentNumber } from '../document-number';
import { refuseCycle, requireEarlierDocument } from './cascade';
import { IssueDirective } from './commands';
import { DirectiveDocument, DOCUMENT_TYPES } from './document';
import { DirectiveIssued } from './events';
import { validRegime } from './regimes';
import { distinct, optionalDate, requireAgency, requireAuthority, requireDistinct, requireNotBefore, requireText } from './rules';
import { DirectiveState } from './state';
import { requireRegimesBindSomeone, validTask } from './tasks';

/** Records a document as issued, with every task and regime: the moment obligations arise. */
export function issueDirective(command: IssueDirective, state: DirectiveState): DirectiveIssued[] {
  requireAuthority(command.requester, command.issuingAgencyId, `record a document of ${command.issuingAgencyId}`);
  const directiveId = requireIdentifier(command.directiveId, 'directiveId');
  if (state.status !== 'none') throw conflict(`Directive ${directiveId} is already recorded`, { directiveId });
  const documentNumber = parseDocumentNumber(command.documentNumber);
  if (!DOCUMENT_TYPES.includes(command.documentType)) throw invalid(`Unknown document type "${command.documentType}"`, { field: 'documentType' });
  const namedType = documentTypeOfCode(documentNumber.typeCode);
  if (namedType !== null && namedType !== command.documentType) {
    throw invalid(`Document number ${documentNumber.raw} names a ${namedType} (${documentNumber.typeCode}), not a ${command.documentType}`, {
      field: 'documentType',
    });
  }
  const issuedOn = optionalDate(command.issuedOn, 'issuedOn');
  const effectiveFrom = optionalDate(command.effectiveFrom, 'effectiveFrom');
  if (effectiveFrom !== null) requireNotBefore(effectiveFrom, issuedOn, 'effectiveFrom', 'the issue date');
  const { agencies } = command;
  requireAgency(agencies, command.issuingAgencyId, 'issuing agency', issuedOn);
  const recipientAgencyIds = distinct(command.recipientAgencyIds);
  for (const agencyId of recipientAgencyIds) requireAgency(agencies, agencyId, 'recipient', issuedOn);
  const implementsDirectiveIds = distinct(command.implementsDirectiveIds);
  const basedOnDirectiveIds = distinct(command.basedOnDirectiveIds);
  refuseCycle(directiveId, implementsDirectiveIds, command.directives);
  for (const targetId of [...implementsDirectiveIds, ...basedOnDirectiveIds]) requireEarlierDocument(targetId, issuedOn, command.directives);

  requireDistinct(
    command.reportingRegimes.map((regime) => regime.regimeId),
    'Reporting regime',
  );
  const reportingRegimes = command.reportingRegimes.map((regime) => validRegime(regime, agencies, issuedOn));
  requireDistinct(
    command.tasks.map((task) => task.taskId),
    'Task',
  );
  const regimeIds = reportingRegimes.map((regime) => regime.regimeId);
  const tasks = command.tasks.map((task) => validTask(task, { agencies, on: issuedOn, regimeIds, earliestDue: issuedOn, earliestDueWhat: 'the issue date' }));
  requireRegimesBindSomeone(reportingRegimes, tasks);

  const document: DirectiveDocument = {
    directiveId,
    documentNumber,
    documentType: command.documentType,
    issuingAgencyId: command.issuingAgencyId,
    place: requireText(command.place, 'place'),
    issuedOn,
    signer: { name: trimmedOrNull(command.signer.name), capacity: trimmedOrNull(command.signer.capacity) },
    subject: requireText(command.subject, 'subject'),
    recipientAgencyIds,
    effectiveFrom,
    programmePeriod: validProgrammePeriod(command.programmePeriod),
    implementsDirectiveIds,
    basedOnDirectiveIds,
  };
  return [{ type: 'DirectiveIssued', data: { ...document, tasks, reportingRegimes } }];
}

function validProgrammePeriod(period: DirectiveDocument['programmePeriod']): DirectiveDocument['programmePeriod'] {
  if (period === null) return null;
  const { from, to, orientationTo } = period;
  const years = [from, to, ...(orientationTo === null ? [] : [orientationTo])];
  if (!years.every((year) => Number.isInteger(year) && year >= 1945 && year <= 2100))
    throw invalid('programmePeriod years must be years like 2021', { field: 'programmePeriod' });
  if (to < from) throw invalid(`programmePeriod ends (${to}) before it starts (${from})`, { field: 'programmePeriod' });
  if (orientationTo !== null && orientationTo < to)
    throw invalid(`programmePeriod orientation (${orientationTo}) ends before the period (${to})`, { field: 'programmePeriod' });
  return { from, to, orientationTo };
}

function trimmedOrNull(value: string | null): string | null {
  const text = value?.trim();
  return text ? text : null;
}
