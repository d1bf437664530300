import { createStore, del, entries, set } from 'idb-keyval';
import { errorKind, errorMessage, graphqlClient } from '../api/client';
import { INSPECTION, RECORD_FINDING } from '../api/operations';
import { currentSession } from '../auth/session';

/**
 * Findings recorded on site wait here (IndexedDB) until the platform has them. Each carries the
 * finding id the device chose: the platform refuses a second finding with that id (CONFLICT,
 * "already recorded"), so a resend after a lost answer writes nothing twice, and the outbox
 * treats that answer as delivered once it sees the finding on the inspection, recorded by
 * this person.
 */
export interface QueuedFinding {
  commandId: string;
  input: Record<string, unknown> & { inspectionId: string; findingId: string };
  queuedAt: string;
  failure?: string;
}

const store = createStore('cpp-outbox', 'commands');
const listeners = new Set<() => void>();
let flushing: Promise<void> | null = null;

export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const changed = () => listeners.forEach((listener) => listener());

export async function queued(): Promise<QueuedFinding[]> {
  return (await entries<string, QueuedFinding>(store)).map(([, item]) => item).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

export async function recordFindingThroughOutbox(input: QueuedFinding['input']): Promise<void> {
  await set(input.findingId, { commandId: input.findingId, input, queuedAt: new Date().toISOString() } satisfies QueuedFinding, store);
  changed();
  await flushOutbox();
}

export function flushOutbox(): Promise<void> {
  flushing ??= sendAll().finally(() => {
    flushing = null;
    changed();
  });
  return flushing;
}

async function sendAll(): Promise<void> {
  for (const item of await queued()) {
    if (item.failure) continue;
    const outcome = await send(item);
    if (outcome === 'offline') return;
  }
}

async function send(item: QueuedFinding): Promise<'delivered' | 'offline' | 'failed'> {
  const result = await graphqlClient.mutation(RECORD_FINDING, { input: item.input }).toPromise();
  const kind = errorKind(result.error);
  if (kind === 'NETWORK') return 'offline';
  if (!kind || (kind === 'CONFLICT' && (await alreadyRecordedByMe(item)))) {
    await del(item.commandId, store);
    return 'delivered';
  }
  await set(item.commandId, { ...item, failure: errorMessage(result.error!) }, store);
  return 'failed';
}

async function alreadyRecordedByMe(item: QueuedFinding): Promise<boolean> {
  const result = await graphqlClient.query(INSPECTION, { id: item.input.inspectionId }).toPromise();
  const finding = (result.data?.inspection.findings as { findingId: string; recordedBy: string }[] | undefined)?.find(
    (f) => f.findingId === item.input.findingId,
  );
  return !!finding && finding.recordedBy === currentSession()?.person.subject;
}

export async function discardQueued(commandId: string): Promise<void> {
  await del(commandId, store);
  changed();
}

/** A client-made id that satisfies the platform's one id rule (lowercase letters, digits, hyphens). */
export const newClientId = () => crypto.randomUUID();

window.addEventListener('online', () => void flushOutbox());
