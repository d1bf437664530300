/**
 * The directives context's public surface: its published events (assignments builds tasks and
 * reporting obligations on them), its stream names, its module and its commands.
 */
export * from './domain/events';
export { directiveStream } from './domain/streams';
export { DirectivesModule } from './directives.module';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export type { IssueDirectiveInput } from './domain/directive/directive.commands';
export { IssueDirective } from './application/issue-directive';
export { LinkDirective } from './application/link-directive';
export { AmendDirective } from './application/amend-directive';
export { SupersedeDirective } from './application/supersede-directive';
export { RevokeDirective } from './application/revoke-directive';
export { RequestAdHocReport } from './application/request-ad-hoc-report';
