import { conflict, notFound } from '@cpp/eventsourcing';
import { DirectiveState, RecordedDirective } from '../directive.state';

export function requireRecorded(state: DirectiveState, directiveId: string): RecordedDirective {
  if (state.status === 'none') throw notFound(`Directive ${directiveId} is not recorded`, { directiveId });
  return state;
}

/** A superseded or revoked document is history: it no longer changes and nothing more falls due under it. */
export function requireInForce(state: DirectiveState, directiveId: string): RecordedDirective {
  const directive = requireRecorded(state, directiveId);
  if (directive.status !== 'in-force') throw conflict(`Directive ${directiveId} is ${directive.status} and no longer changes`, { directiveId, status: directive.status });
  return directive;
}
