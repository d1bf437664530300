import { markFailed, readCheckpoint, saveCheckpoint } from '../projections/checkpoints';
import { Sql } from '../sql/sql';
import { EventStore, Subscription } from '../store/event-store';
import { Reactor } from './reactor';

export interface ReactorFailure {
  reactor: string;
  eventId: string;
  error: unknown;
}

/**
 * Runs each reactor as its own subscription. The checkpoint (in the projection checkpoint
 * table, named `reactor:<name>`) moves after each event's reaction succeeded, so a crash
 * repeats at most the reactions since the last checkpoint.
 */
export class ReactorRunner {
  private readonly subscriptions = new Map<string, Subscription>();

  constructor(
    private readonly store: EventStore,
    private readonly sql: Sql,
    readonly reactors: Reactor[],
    private readonly onFailure: (failure: ReactorFailure) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    for (const reactor of this.reactors) {
      const name = `reactor:${reactor.name}`;
      const saved = await readCheckpoint(this.sql, name);
      if (saved.status === 'failed') continue;
      const subscription = this.store.subscribe(
        async (events) => {
          for (const event of events) {
            if (!reactor.handles.includes(event.type)) continue;
            try {
              await reactor.react(event);
            } catch (error) {
              await markFailed(this.sql, name, event.id, event.globalPosition, error instanceof Error ? error.message : String(error));
              this.onFailure({ reactor: reactor.name, eventId: event.id, error });
              throw error;
            }
            await saveCheckpoint(this.sql, name, event.checkpoint);
          }
          await saveCheckpoint(this.sql, name, events[events.length - 1].checkpoint);
        },
        { after: saved.checkpoint },
      );
      this.subscriptions.set(reactor.name, subscription);
    }
  }

  async caughtUp(): Promise<void> {
    await Promise.all([...this.subscriptions.values()].map((subscription) => subscription.caughtUp()));
  }

  async stop(): Promise<void> {
    const running = [...this.subscriptions.values()];
    this.subscriptions.clear();
    await Promise.all(running.map((subscription) => subscription.stop()));
  }
}
