import { actsFor, conflict, forbidden, invalid, isSubjectId, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { AGE_BANDS, requireOneOf, requireText, SEXES } from '../vocabulary';
import { SelectDelegate } from './commands';
import { DelegateEvent } from './events';
import { DelegateState } from './state';

export function decideSelectDelegate(command: SelectDelegate, state: DelegateState): DelegateEvent[] {
  const { delegate, forum } = command;
  if (state.status !== 'none') throw conflict(`Delegate ${delegate.delegateId} was already selected`);
  requireIdentifier(delegate.delegateId, 'delegateId');
  if (!actsFor(command.requester, forum.organiserAgencyId))
    throw forbidden(`Only the organiser ${forum.organiserAgencyId} records the delegates of forum ${forum.forumId}`);
  if (!forum.parentForumId) throw invalid(`Forum ${forum.forumId} has no next level's forum to send delegates to`);
  if (!isSubjectId(delegate.subjectId)) throw invalid('A delegate’s subject id is random, never a name or a national id');
  requireLocalDate(delegate.selectedOn, 'selectedOn');
  return [
    {
      type: 'DelegateSelected',
      data: {
        delegateId: delegate.delegateId,
        subjectId: delegate.subjectId,
        forumId: forum.forumId,
        toForumId: forum.parentForumId,
        organiserAgencyId: forum.organiserAgencyId,
        ageBand: requireOneOf(delegate.ageBand, AGE_BANDS, 'ageBand'),
        sex: requireOneOf(delegate.sex, SEXES, 'sex'),
        ethnicity: requireText(delegate.ethnicity, 'ethnicity'),
        localityUnitId: requireIdentifier(delegate.localityUnitId, 'localityUnitId'),
        selectingBody: requireText(delegate.selectingBody, 'selectingBody'),
        consentReference: requireText(delegate.consentReference, 'consentReference'),
        selectedOn: delegate.selectedOn,
      },
    },
  ];
}
