import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actsFor, EventStore, forbidden, notFound, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '@cpp/organizations';
import { ConveneForum } from '../domain/forum/commands';
import { forumDecider } from '../domain/forum/forum.decider';
import { forumStream } from '../domain/streams';
import { findForum } from './forum-facts';

export type ConveneForumPayload = ConveneForum['forum'];

export class ConveneForumCommand extends PlatformCommand<ConveneForumPayload> {}

@CommandHandler(ConveneForumCommand)
export class ConveneForumHandler implements ICommandHandler<ConveneForumCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester }: ConveneForumCommand): Promise<WriteOutcome[]> {
    if (!actsFor(requester, payload.organiserAgencyId)) throw forbidden(`Only ${payload.organiserAgencyId} (or the steering committee) convenes its forum`);
    const organiser = await findAgencyFact(this.store, payload.organiserAgencyId);
    if (!organiser || organiser.status !== 'active') throw notFound(`Organiser ${payload.organiserAgencyId} is not an agency that exists`);
    const parent = payload.parentForumId ? await findForum(this.store, payload.parentForumId) : null;
    const stream = forumStream(payload.forumId);
    return [
      writeOutcome(
        stream,
        await handleCommand(this.store, forumDecider, stream, { type: 'ConveneForum', forum: payload, parentLevel: parent?.level ?? null }, context),
      ),
    ];
  }
}
