import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actsFor, EventStore, forbidden, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ParticipantCount } from '../domain/forum/events';
import { forumDecider } from '../domain/forum/forum.decider';
import { forumStream } from '../domain/streams';
import { requireForum } from './forum-facts';

export interface RecordParticipantsPayload {
  forumId: string;
  participants: ParticipantCount[];
}

export class RecordParticipantsCommand extends PlatformCommand<RecordParticipantsPayload> {}

@CommandHandler(RecordParticipantsCommand)
export class RecordParticipantsHandler implements ICommandHandler<RecordParticipantsCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: RecordParticipantsCommand): Promise<WriteOutcome[]> {
    const forum = await requireForum(this.store, payload.forumId);
    if (!actsFor(requester, forum.organiserAgencyId)) throw forbidden(`Only the organiser ${forum.organiserAgencyId} records who took part`);
    const stream = forumStream(payload.forumId);
    return [writeOutcome(stream, await handleCommand(this.store, forumDecider, stream, { type: 'RecordParticipants', ...payload }, context))];
  }
}
