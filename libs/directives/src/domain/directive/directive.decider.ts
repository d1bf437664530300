import { Decider } from '@cpp/eventsourcing';
import { amendDirective } from './amend-directive.decide';
import { DirectiveCommand } from './commands';
import { DirectiveEvent } from './events';
import { issueDirective } from './issue-directive.decide';
import { linkDirective } from './link-directive.decide';
import { requestAdHocReport } from './request-ad-hoc-report.decide';
import { revokeDirective } from './revoke-directive.decide';
import { DirectiveState, evolveDirective, initialDirectiveState } from './state';
import { supersedeDirective } from './supersede-directive.decide';

/** One document (Chỉ thị, Quyết định, Kế hoạch, Công văn…) from its issue to its end. */
export const directiveDecider: Decider<DirectiveCommand, DirectiveEvent, DirectiveState> = {
  initialState: initialDirectiveState,
  evolve: evolveDirective,
  decide(command, state) {
    switch (command.type) {
      case 'IssueDirective':
        return issueDirective(command, state);
      case 'LinkDirective':
        return linkDirective(command, state);
      case 'AmendDirective':
        return amendDirective(command, state);
      case 'SupersedeDirective':
        return supersedeDirective(command, state);
      case 'RevokeDirective':
        return revokeDirective(command, state);
      case 'RequestAdHocReport':
        return requestAdHocReport(command, state);
    }
  },
};
