import { CommandBus } from '@nestjs/cqrs';
import { Clock, CommandContext, localDateAt, Requester } from '@cpp/eventsourcing';
import {
  AnswerRecommendationCommand,
  ConveneForumCommand,
  EscalateRecommendationCommand,
  ForwardRecommendationCommand,
  RaiseRecommendationCommand,
  RecordParticipantsCommand,
  ReportImplementationCommand,
  SelectDelegateCommand,
} from '@cpp/forum';
import { DemoSeed } from './demo-seeder';
import { DemoForum } from './forum/demo-forum';
import { langSonForum2019, nationalForum2019 } from './forum/lang-son-2019';
import { sonDuongForum2024, tuyenQuangForum2024 } from './forum/son-duong-2024';

/** Parents before the forums that send to them. */
export const demoForums: DemoForum[] = [nationalForum2019, langSonForum2019, tuyenQuangForum2024, sonDuongForum2024];

const officerOf = (agencyId: string): Requester => ({ subject: `demo-data:${agencyId}`, agencyId, roles: [] });

/**
 * The forums the Lạng Sơn dispatch and the Sơn Dương plan call for, as their organisers and
 * the agencies that answered would record them. A platform whose clock is set earlier (tests)
 * has not heard of the later facts yet.
 */
export function forumSeed(commands: CommandBus, clock: Clock): DemoSeed {
  return {
    name: 'child forums (Lạng Sơn 2019 and the 6th national forum, Sơn Dương 2024)',
    async seed(context: CommandContext) {
      const today = localDateAt(clock.now());
      const convened = new Set<string>();
      for (const { forum, participants, recommendations, delegates } of demoForums) {
        // A local forum names the higher one it sends to, which a platform set earlier has not heard of either.
        if (forum.heldOn > today || (forum.parentForumId !== null && !convened.has(forum.parentForumId))) continue;
        convened.add(forum.forumId);
        const organiser = officerOf(forum.organiserAgencyId);
        await commands.execute(new ConveneForumCommand(forum, context, organiser));
        if (participants.length) await commands.execute(new RecordParticipantsCommand({ forumId: forum.forumId, participants }, context, organiser));
        for (const r of recommendations) {
          await commands.execute(
            new RaiseRecommendationCommand(
              { recommendationId: r.recommendationId, forumId: forum.forumId, raisedBy: r.raisedBy, theme: r.theme, text: r.text, raisedOn: forum.heldOn },
              context,
              organiser,
            ),
          );
          if (r.forward && r.forward.on <= today) {
            await commands.execute(
              new ForwardRecommendationCommand(
                { recommendationId: r.recommendationId, responsibleAgencyId: r.forward.to, summary: r.forward.summary, forwardedOn: r.forward.on },
                context,
                organiser,
              ),
            );
            if (r.answer && r.answer.on <= today) {
              const answering = officerOf(r.forward.to);
              const { decision, answer, reason, on } = r.answer;
              await commands.execute(
                new AnswerRecommendationCommand({ recommendationId: r.recommendationId, decision, answer, reason, answeredOn: on }, context, answering),
              );
              if (r.implementation && r.implementation.on <= today) {
                const { status, note, reason: why, on: reportedOn } = r.implementation;
                await commands.execute(
                  new ReportImplementationCommand({ recommendationId: r.recommendationId, status, note, reason: why, reportedOn }, context, answering),
                );
              }
            }
          }
          if (r.escalateTo && r.escalateTo.on <= today) {
            await commands.execute(
              new EscalateRecommendationCommand(
                { recommendationId: r.recommendationId, toForumId: r.escalateTo.forumId, escalatedOn: r.escalateTo.on },
                context,
                organiser,
              ),
            );
          }
        }
        for (const delegate of delegates) await commands.execute(new SelectDelegateCommand({ ...delegate, forumId: forum.forumId }, context, organiser));
      }
    },
  };
}
