import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { EventStore } from '@cpp/eventsourcing';
import { EVENT_STORE, StreamEventType } from '@cpp/eventsourcing/nest';
import { Reads } from '@cpp/access';

/** The audit trail of any stream, straight from the log: who changed what, when, from which request. */
@Resolver()
export class StreamHistoryResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => [StreamEventType], { description: 'Events of one stream (e.g. agency-so-y-te-soc-trang), oldest first' })
  @Reads({ stream: 'streamId' })
  async streamHistory(
    @Args('streamId') streamId: string,
    @Args('fromRevision', { type: () => Int, nullable: true }) fromRevision?: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 200 }) limit?: number,
  ): Promise<StreamEventType[]> {
    const events = await this.store.readStream(streamId, { from: fromRevision ?? 0, maxCount: Math.min(limit ?? 200, 1000) });
    return events.map(StreamEventType.from);
  }
}
