import { deciderSpec } from '@cpp/eventsourcing/testing';
import { RefusalCommand } from './commands';
import { ReactionRefused } from './events';
import { refusalDecider } from './refusal.decider';

const spec = deciderSpec(refusalDecider);
const cause = {
  causeEventId: '0b6f3c1e-6c55-4c86-9d57-2f0f0d3f5a11',
  causeEventType: 'DirectiveAmended',
  causeStreamId: 'directive-kh-chua-ban-hanh',
  command: 'RecordAmendment',
  code: 'NOT_FOUND' as const,
  message: 'No directive kh-chua-ban-hanh has been issued to assign from',
  refusedAt: '2021-04-01T03:00:00.000Z',
};
const record: RefusalCommand = { type: 'RecordRefusal', ...cause };
const refused: ReactionRefused = { type: 'ReactionRefused', data: cause };

describe('recording a refused reaction', () => {
  it('given nothing, when a reaction is refused, then ReactionRefused with the cause, the command and the rule’s answer', () =>
    spec.given([]).when(record).then([refused]));
  it('given a recorded refusal, when the redelivered cause is refused again, then nothing', () => spec.given([refused]).when(record).then([]));
});
