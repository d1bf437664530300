import { Injectable } from '@nestjs/common';
import { CommandContext, RecordedEvent } from '@cpp/eventsourcing';
import type { ForumPublishedEvent } from '@cpp/forum';
import { forumResponsePolicy } from '../../domain/policies/forum-response.policy';
import { AssignmentWriter } from './assignment-writer';

/** Sends what the forum-response policy decides; an obligation for a merged agency passes straight to its successor. */
@Injectable()
export class ForumReactions {
  constructor(private readonly writer: AssignmentWriter) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    for (const command of forumResponsePolicy({ type: recorded.type, data: recorded.data } as ForumPublishedEvent, recorded.id)) {
      if (command.type === 'OpenObligation') await this.writer.openObligation(command.spec, command.openedOn, context);
      else await this.writer.obligation(command, context);
    }
  }
}
