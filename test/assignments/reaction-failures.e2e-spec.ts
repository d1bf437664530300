import { Actor } from '@cpp/access';
import { committee, TestPlatform } from '../support/platform-harness';
import { publish, startWithOrganisationChart } from './soc-trang-plan.fixture';

const FAILURES = `query { reactionFailures { causeEventId causeEventType causeStreamId command code message refusedAt } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type data } }`;
const officer: Actor = { subject: 'can-bo-so-y-te', name: 'Cán bộ Sở Y tế', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
/** Granted Sóc Trăng only (the suites' `committee` reads the whole country). */
const provincialCommittee: Actor = { subject: 'bcd-soc-trang', name: 'Ban Chỉ đạo tỉnh Sóc Trăng', agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] };

describe('a reaction a rule refuses is recorded and shown (GraphQL over HTTP)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startWithOrganisationChart('2021-04-01T03:00:00Z');
  }, 180000);
  afterAll(() => t?.stop());

  it('an amendment of a directive this context never saw is refused, recorded on its own stream and listed for the steering committee', async () => {
    expect((await t.as(committee).ok(FAILURES)).reactionFailures).toEqual([]);
    await publish(t, 'test-directive-kh-chua-ban-hanh', 'DirectiveAmended', {
      directiveId: 'kh-chua-ban-hanh',
      amendedOn: '2021-04-01',
      amendingDocument: '200/KH-UBND',
      subject: 'Sửa đổi kế hoạch',
      addedTasks: [],
      changedTasks: [],
      withdrawnTaskIds: [],
      addedReportingRegimes: [],
    });
    const [failure] = (await t.as(committee).ok(FAILURES)).reactionFailures;
    expect(failure).toEqual({
      causeEventId: expect.any(String),
      causeEventType: 'DirectiveAmended',
      causeStreamId: 'test-directive-kh-chua-ban-hanh',
      command: 'RecordAmendment',
      code: 'NOT_FOUND',
      message: expect.stringMatching(/kh-chua-ban-hanh/),
      refusedAt: '2021-04-01T03:00:00.000Z',
    });
    const history = (await t.as(committee).ok(HISTORY, { streamId: `reaction-refused-${failure.causeEventId}` })).streamHistory;
    expect(history.map((event: { type: string }) => event.type)).toEqual(['ReactionRefused']);
  });

  it('a provincial committee sees only refusals whose cause lies in its province: a document no context places is for the whole country', async () => {
    expect((await t.as(committee).ok(FAILURES)).reactionFailures).toHaveLength(1);
    expect((await t.as(provincialCommittee).ok(FAILURES)).reactionFailures).toEqual([]);
  });

  it('is for the steering committee and administrators only', async () => {
    expect(await t.as(officer).errorCode(FAILURES)).toBe('FORBIDDEN');
  });
});
