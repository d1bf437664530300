import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { documentTypeOfCode, parseDocumentNumber } from '../document-number';
import { DirectiveIssued, DirectiveDocument, DOCUMENT_TYPES } from '../events';
import { DirectiveFact } from '../facts';
import { DirectiveCommand } from './directive.commands';
import { DirectiveState } from './directive.state';
import { requireAgency } from './rules/agencies';
import { requireAuthority } from './rules/authority';
import { refuseCycle } from './rules/cascade';
import { validRegime } from './rules/regimes';
import { requireRegimesBindSomeone, validTask } from './rules/tasks';
import { distinct, optionalDate, requireDistinct, requireNotBefore, requireSlug, requireText } from './rules/values';

type IssueDirective = Extract<DirectiveCommand, { type: 'IssueDirective' }>;

/** Records a document as issued, with every task and regime: the moment obligations arise. */
export function issue(command: IssueDirective, state: DirectiveState): DirectiveIssued[] {
  requireAuthority(command.requester, command.issuingAgencyId, `record a document of ${command.issuingAgencyId}`);
  const directiveId = requireSlug(command.directiveId, 'directiveId');
  if (state.status !== 'none') throw conflict(`Directive ${directiveId} is already recorded`, { directiveId });
  const documentNumber = parseDocumentNumber(command.documentNumber);
  if (!DOCUMENT_TYPES.includes(command.documentType)) throw invalid(`Unknown document type "${command.documentType}"`, { field: 'documentType' });
  const namedType = documentTypeOfCode(documentNumber.typeCode);
  if (namedType !== null && namedType !== command.documentType) {
    throw invalid(`Document number ${documentNumber.raw} names a ${namedType} (${documentNumber.typeCode}), not a ${command.documentType}`, { field: 'documentType' });
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

  requireDistinct(command.reportingRegimes.map((regime) => regime.regimeId), 'Reporting regime');
  const reportingRegimes = command.reportingRegimes.map((regime) => validRegime(regime, agencies, issuedOn));
  requireDistinct(command.tasks.map((task) => task.taskId), 'Task');
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

/** A document implements or rests on documents that exist and are not younger than itself. */
export function requireEarlierDocument(targetId: string, issuedOn: string | null, directives: DirectiveFact[]): DirectiveFact {
  const target = directives.find((fact) => fact.directiveId === targetId);
  if (!target) throw notFound(`Directive ${targetId} is not recorded; record it before the documents that refer to it`, { directiveId: targetId });
  if (issuedOn !== null && target.issuedOn !== null && target.issuedOn > issuedOn) {
    throw invalid(`Directive ${targetId} was issued on ${target.issuedOn}, after ${issuedOn}: a document cannot implement or rest on a later one`, { directiveId: targetId });
  }
  return target;
}

function validProgrammePeriod(period: DirectiveDocument['programmePeriod']): DirectiveDocument['programmePeriod'] {
  if (period === null) return null;
  const { from, to, orientationTo } = period;
  const years = [from, to, ...(orientationTo === null ? [] : [orientationTo])];
  if (!years.every((year) => Number.isInteger(year) && year >= 1945 && year <= 2100)) throw invalid('programmePeriod years must be years like 2021', { field: 'programmePeriod' });
  if (to < from) throw invalid(`programmePeriod ends (${to}) before it starts (${from})`, { field: 'programmePeriod' });
  if (orientationTo !== null && orientationTo < to) throw invalid(`programmePeriod orientation (${orientationTo}) ends before the period (${to})`, { field: 'programmePeriod' });
  return { from, to, orientationTo };
}

function trimmedOrNull(value: string | null): string | null {
  const text = value?.trim();
  return text ? text : null;
}
