/**
 * The child forum context's public surface: its published events (assignments turns each
 * forwarded recommendation into the agency's response obligation), its stream names, its
 * module and its commands. Nothing about delegates is published.
 */
export * from './domain/published-events';
export { forumStream, forumRecommendationStream, delegateStream } from './domain/streams';
export { ForumModule } from './forum.module';
/** Commands, for the platform's entry points (GraphQL, demo data), not for other contexts. */
export { ConveneForumCommand } from './application/convene-forum';
export { RecordParticipantsCommand } from './application/record-participants';
export { RaiseRecommendationCommand } from './application/raise-recommendation';
export { ForwardRecommendationCommand } from './application/forward-recommendation';
export { AnswerRecommendationCommand } from './application/answer-recommendation';
export { ReportImplementationCommand } from './application/report-implementation';
export { EscalateRecommendationCommand } from './application/escalate-recommendation';
export { SelectDelegateCommand } from './application/select-delegate';
export { GiveDelegateConsentCommand } from './application/give-delegate-consent';
export { RecordDelegatePersonalDetailsCommand } from './application/record-delegate-personal-details';
export { WithdrawDelegateConsentCommand } from './application/withdraw-delegate-consent';
