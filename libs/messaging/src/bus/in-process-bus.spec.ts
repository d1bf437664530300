import { waitFor } from '../testing/wait-for';
import { InProcessIntegrationBus } from './in-process-bus';
import { IncomingRecord } from './integration-bus';

const record = (key: string, text: string) => ({ topic: 'agency.events', key, value: Buffer.from(text), headers: { 'x-sender': 'gw' } });

describe('InProcessIntegrationBus', () => {
  it('delivers every record to each group once, in order, with its headers', async () => {
    const bus = new InProcessIntegrationBus();
    const seen: Record<string, string[]> = { a: [], b: [] };
    const subscriptions = await Promise.all(
      ['a', 'b'].map((group) =>
        bus.subscribe({
          groupId: group,
          topics: ['agency.events'],
          handler: async (r: IncomingRecord) => void seen[group].push(`${r.key}:${r.value}:${r.headers['x-sender']}`),
        }),
      ),
    );
    await bus.publish([record('k1', 'one'), record('k2', 'two'), record('k1', 'three')]);
    await waitFor(() => expect(seen.b).toHaveLength(3));
    expect(seen.a).toEqual(['k1:one:gw', 'k2:two:gw', 'k1:three:gw']);
    expect(seen.b).toEqual(seen.a);
    await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    await bus.close();
  });

  it('redelivers a record whose handler failed, holding back the ones after it', async () => {
    const bus = new InProcessIntegrationBus();
    const seen: string[] = [];
    let failures = 2;
    const subscription = await bus.subscribe({
      groupId: 'g',
      topics: ['agency.events'],
      handler: async (r) => {
        if (r.value!.toString() === 'one' && failures-- > 0) throw new Error('database away');
        seen.push(r.value!.toString());
      },
    });
    await bus.publish([record('k', 'one'), record('k', 'two')]);
    await waitFor(() => expect(seen).toEqual(['one', 'two']));
    await subscription.stop();
  });

  it('resumes a group where it stopped, and starts a late group at the end when asked', async () => {
    const bus = new InProcessIntegrationBus();
    const first: string[] = [];
    const subscription = await bus.subscribe({ groupId: 'g', topics: ['t'], handler: async (r) => void first.push(r.value!.toString()) });
    await bus.publish([{ topic: 't', key: 'k', value: Buffer.from('1') }]);
    await waitFor(() => expect(first).toEqual(['1']));
    await subscription.stop();
    await bus.publish([{ topic: 't', key: 'k', value: Buffer.from('2') }]);
    const resumed: string[] = [];
    const late: string[] = [];
    const again = await bus.subscribe({ groupId: 'g', topics: ['t'], handler: async (r) => void resumed.push(r.value!.toString()) });
    const fresh = await bus.subscribe({ groupId: 'late', topics: ['t'], fromBeginning: false, handler: async (r) => void late.push(r.value!.toString()) });
    await bus.publish([{ topic: 't', key: 'k', value: Buffer.from('3') }]);
    await waitFor(() => expect(resumed).toEqual(['2', '3']));
    await waitFor(() => expect(late).toEqual(['3']));
    await again.stop();
    await fresh.stop();
  });
});
