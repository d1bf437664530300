import { Injectable } from '@nestjs/common';
import { CommandContext, RecordedEvent } from '@cpp/eventsourcing';
import type { ForumPublishedEvent } from '@cpp/forum';
import { forumResponsePolicy } from '../../domain/policies/forum-response.policy';
import { ReactionFacts } from './reaction-facts';
import { ReactionSender } from './reaction-sender';

/** Follows a children's forum's recommendations forwarded to agencies: their response obligations. */
@Injectable()
export class ForumReactions {
  constructor(
    private readonly facts: ReactionFacts,
    private readonly sender: ReactionSender,
  ) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as ForumPublishedEvent;
    await this.sender.send(forumResponsePolicy(event, { eventId: recorded.id, former: await this.facts.formerAgencies() }), context);
  }
}
