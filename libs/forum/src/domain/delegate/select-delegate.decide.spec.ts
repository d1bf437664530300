import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyOfficer, organiserOfficer, selected } from '../testing/forum-fixtures';
import { delegateDecider } from './delegate.decider';

const spec = deciderSpec(delegateDecider);
const { forumId: _f, toForumId: _t, organiserAgencyId: _o, ...delegate } = selected.data;
const select = {
  type: 'SelectDelegate' as const,
  delegate,
  forum: { forumId: selected.data.forumId, organiserAgencyId: 'tinh-doan-lang-son', parentForumId: 'dien-dan-quoc-gia-6' },
  requester: organiserOfficer,
};

describe('SelectDelegate', () => {
  it('records a pseudonymous delegate for the next level’s forum', () => {
    spec.given([]).when(select).then([selected]);
  });
  it('refuses a subject id that could say who the child is', () => {
    spec
      .given([])
      .when({ ...select, delegate: { ...delegate, subjectId: 'nong-thi-hoa' } })
      .thenRefuses('BAD_USER_INPUT', /random/);
  });
  it('needs a forum to send to, and the organiser', () => {
    spec
      .given([])
      .when({ ...select, forum: { ...select.forum, parentForumId: null } })
      .thenRefuses('BAD_USER_INPUT', /next level/);
    spec
      .given([])
      .when({ ...select, requester: agencyOfficer })
      .thenRefuses('FORBIDDEN');
  });
  it('needs the consent reference and the selecting body', () => {
    spec
      .given([])
      .when({ ...select, delegate: { ...delegate, consentReference: '' } })
      .thenRefuses('BAD_USER_INPUT', /consentReference/);
    spec
      .given([])
      .when({ ...select, delegate: { ...delegate, selectingBody: ' ' } })
      .thenRefuses('BAD_USER_INPUT', /selectingBody/);
  });
});
