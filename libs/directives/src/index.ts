/**
 * The directives context's public surface: its published events (assignments builds tasks and
 * reporting obligations on them), its stream names, its module and its commands.
 */
export * from './domain/events';
export { directiveStream } from './domain/streams';
