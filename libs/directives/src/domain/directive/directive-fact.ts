import { DirectiveState, DirectiveStatus } from './state';

/** Another recorded document, with its upward links, as a handler found it for rules that span two documents. */
export interface DirectiveFact {
  directiveId: string;
  status: DirectiveStatus;
  issuedOn: string | null;
  implementsDirectiveIds: string[];
}

export function directiveFact(state: DirectiveState): DirectiveFact | null {
  return state.status === 'none'
    ? null
    : { directiveId: state.directiveId, status: state.status, issuedOn: state.issuedOn, implementsDirectiveIds: state.implementsDirectiveIds };
}
