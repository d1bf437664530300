import { CheckpointBatcher, checkpointsMoved, markFailed, readCheckpoint, saveCheckpoint } from '../projections/checkpoints';
import { Sql } from '../sql/sql';
import { EventStore, Subscription } from '../store/event-store';
import { Reactor } from './reactor';

export interface ReactorFailure {
  reactor: string;
  eventId: string;
  error: unknown;
}

/** A reaction that threw: the reactor stops on that event until someone acts. */
class ReactionFailed extends Error {}

/**
 * Runs each reactor as its own subscription. The checkpoint (in the projection checkpoint
 * table, named `reactor:<name>`) moves once per batch, after its reactions succeeded, so a
 * crash repeats at most the reactions of that batch: their commands are idempotent by the
 * causing event (`deterministicEventId`), so a repeat writes nothing new. When the log or the database
 * cannot be reached, the reactor resumes from its checkpoint after a growing pause.
 */
export class ReactorRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private stopping = false;
  private readonly passedBy: CheckpointBatcher;

  constructor(
    private readonly store: EventStore,
    private readonly sql: Sql,
    readonly reactors: Reactor[],
    private readonly onFailure: (failure: ReactorFailure) => void = () => undefined,
    private readonly retryDelayMs = 1000,
  ) {
    this.passedBy = new CheckpointBatcher(sql);
  }

  async start(): Promise<void> {
    this.stopping = false;
    for (const reactor of this.reactors) await this.startOne(reactor, this.retryDelayMs);
  }

  private async startOne(reactor: Reactor, retryDelay: number): Promise<void> {
    const name = `reactor:${reactor.name}`;
    const saved = await readCheckpoint(this.sql, name);
    if (saved.status === 'failed') return;
    const subscription = this.store.subscribe(
      async (events) => {
        let reacted = 0;
        for (const [index, event] of events.entries()) {
          if (!reactor.handles.includes(event.type)) continue;
          try {
            await reactor.react(event);
            reacted++;
          } catch (error) {
            // What was reacted to before the failing event stays done.
            if (index > 0) await saveCheckpoint(this.sql, name, events[index - 1].checkpoint);
            await markFailed(this.sql, name, event.id, event.globalPosition, error instanceof Error ? error.message : String(error));
            this.onFailure({ reactor: reactor.name, eventId: event.id, error });
            throw new ReactionFailed(String(error));
          }
        }
        const last = events[events.length - 1].checkpoint;
        if (reacted === 0) return this.passedBy.save(name, last);
        await saveCheckpoint(this.sql, name, last);
        checkpointsMoved.emit('moved');
      },
      {
        after: saved.checkpoint,
        onError: (error) => {
          this.subscriptions.delete(reactor.name);
          if (error instanceof ReactionFailed || this.stopping) return;
          setTimeout(() => {
            if (!this.stopping) this.startOne(reactor, Math.min(retryDelay * 2, 30000)).catch(() => undefined);
          }, retryDelay).unref();
        },
      },
    );
    this.subscriptions.set(reactor.name, subscription);
  }

  async caughtUp(): Promise<void> {
    await Promise.all([...this.subscriptions.values()].map((subscription) => subscription.caughtUp()));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const running = [...this.subscriptions.values()];
    this.subscriptions.clear();
    await Promise.all(running.map((subscription) => subscription.stop()));
  }
}
