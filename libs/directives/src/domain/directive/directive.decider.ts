import { Decider } from '@cpp/eventsourcing';
import { DirectivesEvent } from '../internal-events';
import { amend } from './amend';
import { DirectiveCommand } from './directive.commands';
import { DirectiveState, evolveDirective, initialDirectiveState } from './directive.state';
import { issue } from './issue';
import { link } from './link';
import { requestAdHocReport } from './request-ad-hoc-report';
import { revoke } from './revoke';
import { supersede } from './supersede';

/** One document (Chỉ thị, Quyết định, Kế hoạch, Công văn…) from its issue to its end. */
export const directiveDecider: Decider<DirectiveCommand, DirectivesEvent, DirectiveState> = {
  initialState: initialDirectiveState,
  evolve: evolveDirective,
  decide(command, state) {
    switch (command.type) {
      case 'IssueDirective':
        return issue(command, state);
      case 'LinkDirective':
        return link(command, state);
      case 'AmendDirective':
        return amend(command, state);
      case 'SupersedeDirective':
        return supersede(command, state);
      case 'RevokeDirective':
        return revoke(command, state);
      case 'RequestAdHocReport':
        return requestAdHocReport(command, state);
    }
  },
};

/** Another document as a handler found it, for rules that span two documents. */
export function directiveFact(state: DirectiveState) {
  return state.status === 'none'
    ? null
    : { directiveId: state.directiveId, status: state.status, issuedOn: state.issuedOn, implementsDirectiveIds: state.implementsDirectiveIds };
}
