import { ObligationOpened } from '@cpp/assignments';
import { FactsLookup } from './public-facts';

/** What is due and the task it belongs to, as the obligation was opened. */
export interface ObligationFacts {
  description: string;
  taskId: string | null;
}

export const obligationFacts: FactsLookup<ObligationFacts> = async (store, event) => {
  const [first] = await store.readStream(event.streamId, { maxCount: 1 });
  if (first?.type !== 'ObligationOpened') return null;
  const { title, period, source } = first.data as ObligationOpened['data'];
  return { description: period ? `${title} (${period.label})` : title, taskId: source.taskId };
};

/** A mapper cannot publish an obligation it cannot describe: the relay stops at the event. */
export function requireObligationFacts(facts: ObligationFacts | null, obligationId: string): ObligationFacts {
  if (!facts) throw new Error(`The stream of obligation ${obligationId} does not begin with ObligationOpened`);
  return facts;
}
