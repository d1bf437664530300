import { Requester } from '@cpp/eventsourcing';
import { DelegateSelected } from '../delegate/events';
import { ForumConvened } from '../forum/events';
import { ForumFacts } from '../recommendation/commands';
import { RecommendationForwarded, RecommendationRaised } from '../recommendation/events';

export const organiser: Requester = { subject: 'officer-tinh-doan', agencyId: 'tinh-doan-lang-son', roles: ['org-admin'] };
export const organiserOfficer: Requester = { subject: 'officer-tinh-doan', agencyId: 'tinh-doan-lang-son', roles: [] };
export const agencyOfficer: Requester = { subject: 'officer-so-gd', agencyId: 'so-gd-lang-son', roles: ['agency-officer'] };
export const otherAgency: Requester = { subject: 'officer-so-yt', agencyId: 'so-yt-lang-son', roles: ['agency-officer'] };

export const provinceForum: ForumConvened['data'] = {
  forumId: 'dien-dan-lang-son-2019',
  level: 'province',
  edition: '2019',
  title: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2019',
  theme: 'Trẻ em với phòng, chống xâm hại, tai nạn đuối nước',
  organiserAgencyId: 'tinh-doan-lang-son',
  localityUnitId: 'lang-son',
  heldOn: '2019-05-20',
  parentForumId: 'dien-dan-quoc-gia-6',
  previousForumId: null,
  responseDays: 60,
};

export const forumFacts: ForumFacts = { forumId: provinceForum.forumId, level: 'province', organiserAgencyId: 'tinh-doan-lang-son', responseDays: 60 };
export const nationalFacts: ForumFacts = { forumId: 'dien-dan-quoc-gia-6', level: 'national', organiserAgencyId: 'bo-lao-dong', responseDays: 60 };

export const raised: RecommendationRaised = {
  type: 'RecommendationRaised',
  data: {
    recommendationId: 'kn-2019-duoi-nuoc',
    forumId: provinceForum.forumId,
    forumLevel: 'province',
    organiserAgencyId: 'tinh-doan-lang-son',
    raisedBy: 'nhóm trẻ em huyện Chi Lăng',
    theme: 'drowning',
    text: 'Chúng em mong được học bơi miễn phí vào mùa hè.',
    raisedOn: '2019-05-20',
  },
};

export const forwarded: RecommendationForwarded = {
  type: 'RecommendationForwarded',
  data: {
    recommendationId: 'kn-2019-duoi-nuoc',
    forumId: provinceForum.forumId,
    organiserAgencyId: 'tinh-doan-lang-son',
    responsibleAgencyId: 'so-gd-lang-son',
    summary: 'Dạy bơi miễn phí cho trẻ em vào mùa hè',
    forwardedOn: '2019-06-01',
    dueDate: '2019-07-31',
  },
};

export const SUBJECT = `ds-${'a'.repeat(32)}`;

export const selected: DelegateSelected = {
  type: 'DelegateSelected',
  data: {
    delegateId: 'dai-bieu-ls-01',
    subjectId: SUBJECT,
    forumId: provinceForum.forumId,
    toForumId: 'dien-dan-quoc-gia-6',
    organiserAgencyId: 'tinh-doan-lang-son',
    ageBand: '11-14',
    sex: 'female',
    ethnicity: 'Tày',
    localityUnitId: 'chi-lang',
    selectingBody: 'Diễn đàn trẻ em tỉnh',
    consentReference: 'PDY-2019-01',
    selectedOn: '2019-05-20',
  },
};
