/**
 * The directives context's public surface: its published events (assignments builds tasks and
 * reporting obligations on them), its stream names, its module and its bus commands.
 */
export * from './domain/published-events';
export { directiveStream } from './domain/streams';
export { DirectivesModule } from './directives.module';
/** Bus commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export type { IssueDirectivePayload } from './domain/directive/commands';
export { IssueDirectiveCommand } from './application/issue-directive';
export { LinkDirectiveCommand } from './application/link-directive';
export { AmendDirectiveCommand } from './application/amend-directive';
export { SupersedeDirectiveCommand } from './application/supersede-directive';
export { RevokeDirectiveCommand } from './application/revoke-directive';
export { RequestAdHocReportCommand } from './application/request-ad-hoc-report';
