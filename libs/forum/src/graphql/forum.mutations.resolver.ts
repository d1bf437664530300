import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { ConveneForumCommand } from '../application/convene-forum';
import { RecordParticipantsCommand } from '../application/record-participants';
import { AgeBand, ForumLevel, Sex } from '../domain/vocabulary';
import { ConveneForumInput, RecordParticipantsInput } from './inputs/forum.inputs';
import { FORUM_ORGANISERS } from './forum-roles';
import { requesterOf } from './requester';

/** The organiser's side of a forum: its organiser (for their own agency) and the oversight roles. */
@Resolver()
export class ForumMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'Convene a children’s forum at a level, with the days agencies have to answer its recommendations' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ agency: 'input.organiserAgencyId', place: 'input.localityUnitId' })
  conveneForum(@Args('input') input: ConveneForumInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new ConveneForumCommand(
        {
          forumId: input.forumId,
          level: input.level as ForumLevel,
          edition: input.edition,
          title: input.title,
          theme: input.theme,
          organiserAgencyId: input.organiserAgencyId,
          localityUnitId: input.localityUnitId,
          heldOn: input.heldOn,
          parentForumId: input.parentForumId ?? null,
          previousForumId: input.previousForumId ?? null,
          responseDays: input.responseDays ?? null,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Who took part, as counts by age band, sex, ethnicity and locality' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ forum: 'input.forumId' })
  recordForumParticipants(@Args('input') input: RecordParticipantsInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const participants = input.participants.map((row) => ({
      ageBand: row.ageBand as AgeBand,
      sex: row.sex as Sex,
      ethnicity: row.ethnicity,
      localityUnitId: row.localityUnitId,
      count: row.count,
    }));
    return this.receipts.execute(new RecordParticipantsCommand({ forumId: input.forumId, participants }, context, requesterOf(actor)));
  }
}
