import { Requester, SealedValue } from '@cpp/eventsourcing';
import { DelegateSelected } from './events';

export interface DelegatingForum {
  forumId: string;
  organiserAgencyId: string;
  parentForumId: string | null;
}

export type SelectDelegate = {
  type: 'SelectDelegate';
  delegate: Omit<DelegateSelected['data'], 'organiserAgencyId' | 'forumId' | 'toForumId'>;
  forum: DelegatingForum;
  requester: Requester;
};
export type GiveDelegateConsent = {
  type: 'GiveDelegateConsent';
  delegateId: string;
  givenBy: string;
  consentReference: string;
  givenOn: string;
  requester: Requester;
};
export type RecordDelegatePersonalDetails = {
  type: 'RecordDelegatePersonalDetails';
  delegateId: string;
  details: Record<string, SealedValue>;
  recordedOn: string;
  requester: Requester;
};
export type WithdrawDelegateConsent = { type: 'WithdrawDelegateConsent'; delegateId: string; withdrawnBy: string; withdrawnOn: string; requester: Requester };

export type DelegateCommand = SelectDelegate | GiveDelegateConsent | RecordDelegatePersonalDetails | WithdrawDelegateConsent;
