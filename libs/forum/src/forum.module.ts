import { Module, OnModuleInit } from '@nestjs/common';
import { ForumAccessScopes } from './graphql/forum.access';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { AnswerRecommendationHandler } from './application/answer-recommendation';
import { ConveneForumHandler } from './application/convene-forum';
import { EraseWithdrawnDelegatesReactor } from './application/erase-withdrawn-delegates.reactor';
import { EscalateRecommendationHandler } from './application/escalate-recommendation';
import { ForwardRecommendationHandler } from './application/forward-recommendation';
import { GiveDelegateConsentHandler } from './application/give-delegate-consent';
import { EventStorePersonalDataReadLog, PersonalDataReadLog } from './application/personal-data-reads';
import { RaiseRecommendationHandler } from './application/raise-recommendation';
import { RecordDelegatePersonalDetailsHandler } from './application/record-delegate-personal-details';
import { RecordParticipantsHandler } from './application/record-participants';
import { ReportImplementationHandler } from './application/report-implementation';
import { SelectDelegateHandler } from './application/select-delegate';
import { WithdrawDelegateConsentHandler } from './application/withdraw-delegate-consent';
import { DelegateMutationsResolver } from './graphql/delegate.mutations.resolver';
import { DelegatePersonalDataResolver } from './graphql/delegate-personal-data.resolver';
import { ForumMutationsResolver } from './graphql/forum.mutations.resolver';
import { ForumQueriesResolver } from './graphql/forum.queries.resolver';
import { RecommendationMutationsResolver } from './graphql/recommendation.mutations.resolver';
import { forumReadModelProjection } from './projections/forum-read-model.projection';
import { ForumQueries } from './projections/forum.queries';

const commandHandlers = [
  ConveneForumHandler,
  RecordParticipantsHandler,
  RaiseRecommendationHandler,
  ForwardRecommendationHandler,
  AnswerRecommendationHandler,
  ReportImplementationHandler,
  EscalateRecommendationHandler,
  SelectDelegateHandler,
  GiveDelegateConsentHandler,
  RecordDelegatePersonalDetailsHandler,
  WithdrawDelegateConsentHandler,
];
const resolvers = [ForumMutationsResolver, RecommendationMutationsResolver, DelegateMutationsResolver, ForumQueriesResolver, DelegatePersonalDataResolver];

/** The child forum (Diễn đàn trẻ em). Needs the kernel's PersonalDataModule for its delegates' personal data. */
@Module({
  imports: [CqrsModule],
  providers: [
    ...commandHandlers,
    ...resolvers,
    ForumAccessScopes,
    ForumQueries,
    EraseWithdrawnDelegatesReactor,
    { provide: PersonalDataReadLog, useClass: EventStorePersonalDataReadLog },
  ],
})
export class ForumModule implements OnModuleInit {
  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly erasure: EraseWithdrawnDelegatesReactor,
  ) {}

  onModuleInit(): void {
    this.registry.register(forumReadModelProjection);
    this.registry.registerReactor(this.erasure);
  }
}
