import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, localDateAt, newSubjectId, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AgeBand, Sex } from '../domain/vocabulary';
import { decideOnDelegate } from './delegate-writer';
import { requireForum } from './forum-facts';

export interface SelectDelegatePayload {
  delegateId: string;
  forumId: string;
  ageBand: AgeBand;
  sex: Sex;
  ethnicity: string;
  localityUnitId: string;
  selectingBody: string;
  consentReference: string;
  selectedOn: string | null;
}

/** A pseudonymous record: the platform draws the child's random subject id here, never from who they are. */
export class SelectDelegateCommand extends PlatformCommand<SelectDelegatePayload> {}

@CommandHandler(SelectDelegateCommand)
export class SelectDelegateHandler implements ICommandHandler<SelectDelegateCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: SelectDelegateCommand): Promise<WriteOutcome[]> {
    const forum = await requireForum(this.store, payload.forumId);
    const { forumId: _forumId, ...delegate } = payload;
    const { write } = await decideOnDelegate(
      this.store,
      {
        type: 'SelectDelegate',
        delegate: { ...delegate, subjectId: newSubjectId(), selectedOn: payload.selectedOn ?? localDateAt(this.clock.now()) },
        forum: { forumId: forum.forumId, organiserAgencyId: forum.organiserAgencyId, parentForumId: forum.parentForumId },
        requester,
      },
      context,
    );
    return [write];
  }
}
