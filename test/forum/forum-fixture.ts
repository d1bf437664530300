import { CommandBus } from '@nestjs/cqrs';
import { Actor } from '@cpp/access';
import { systemContext } from '@cpp/eventsourcing';
import { ProjectionsService } from '@cpp/eventsourcing/nest';
import { organizationsSeed } from '../../apps/platform/src/demo/organizations.seed';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';

export const officerOf = (agencyId: string): Actor => ({ subject: `can-bo-${agencyId}`, name: `Cán bộ ${agencyId}`, agencyId, roles: ['agency-officer'] });
/** The provincial youth union organises the forum: its officer holds the forum organiser's grant for it. */
export const youthUnion: Actor = { subject: 'can-bo-tinh-doan-lang-son', name: 'Cán bộ Tỉnh Đoàn', agencyId: 'tinh-doan-lang-son', roles: ['forum-organiser'] };
export const ministry: Actor = { subject: 'can-bo-bo-ldtbxh', name: 'Cán bộ Bộ LĐTBXH', agencyId: 'bo-ldtbxh', roles: ['org-admin'] };

export const CONVENE = `mutation ($input: ConveneForumInput!) { conveneForum(input: $input) { changed projected } }`;
export const RAISE = `mutation ($input: RaiseForumRecommendationInput!) { raiseForumRecommendation(input: $input) { changed } }`;
export const FORWARD = `mutation ($input: ForwardForumRecommendationInput!) { forwardForumRecommendation(input: $input) { changed } }`;
export const ANSWER = `mutation ($input: AnswerForumRecommendationInput!) { answerForumRecommendation(input: $input) { changed } }`;
export const SELECT = `mutation ($input: SelectDelegateInput!) { selectForumDelegate(input: $input) { changed } }`;
export const CONSENT = `mutation ($input: GiveDelegateConsentInput!) { giveForumDelegateConsent(input: $input) { changed } }`;
export const DETAILS = `mutation ($input: RecordDelegatePersonalDetailsInput!) { recordForumDelegatePersonalDetails(input: $input) { changed streamIds } }`;
export const WITHDRAW = `mutation ($input: WithdrawDelegateConsentInput!) { withdrawForumDelegateConsent(input: $input) { changed streamIds } }`;
export const PERSONAL = `query ($id: ID!, $purpose: String!) { childForumDelegatePersonalData(delegateId: $id, purpose: $purpose) { field erased value } }`;
export const DELEGATE = `query ($id: ID!) { childForumDelegate(id: $id) { delegateId subjectId status childConsent guardianConsent personalFields erasedFields ageBand } }`;

export const NATIONAL_FORUM = 'dien-dan-tre-em-quoc-gia-6';
export const PROVINCE_FORUM = 'dien-dan-tre-em-lang-son-2019';

/** The organisation chart of the demo data, the 6th national forum, and Lạng Sơn's 2019 forum that sends to it. */
export async function startWithForums(now: string): Promise<TestPlatform> {
  const t = await startTestPlatform({ now, demoData: false });
  try {
    await organizationsSeed(t.platform.app.get(CommandBus)).seed(systemContext('demo-data'));
    await t.platform.app.get(ProjectionsService).caughtUp();
    await t.as(ministry).ok(CONVENE, {
      input: {
        forumId: NATIONAL_FORUM,
        level: 'national',
        edition: '6',
        title: 'Diễn đàn trẻ em quốc gia lần thứ 6',
        theme: 'Trẻ em với phòng, chống xâm hại',
        organiserAgencyId: 'bo-ldtbxh',
        localityUnitId: 'viet-nam',
        heldOn: '2019-08-15',
      },
    });
    await t.as(youthUnion).ok(CONVENE, {
      input: {
        forumId: PROVINCE_FORUM,
        level: 'province',
        edition: '2019',
        title: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2019',
        theme: 'Trẻ em với phòng, chống xâm hại, tai nạn đuối nước, lao động trẻ em và an toàn trên mạng',
        organiserAgencyId: 'tinh-doan-lang-son',
        localityUnitId: 'lang-son',
        heldOn: '2019-05-20',
        parentForumId: NATIONAL_FORUM,
        responseDays: 30,
      },
    });
  } catch (error) {
    await t.stop();
    throw error;
  }
  return t;
}

/** Reactors (the assignments process) follow the log on their own: wait until what they wrote is visible. */
export async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (until(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
