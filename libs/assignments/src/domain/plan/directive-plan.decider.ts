import { Decider, notFound } from '@cpp/eventsourcing';
import { closeDirectivePlan } from './close-directive-plan.decide';
import { DirectivePlanCommand } from './commands';
import { DirectivePlanEvent } from './events';
import { extendReportingHorizon } from './extend-reporting-horizon.decide';
import { recordAdHocRequest } from './record-ad-hoc-request.decide';
import { recordAmendment } from './record-amendment.decide';
import { recordDirectivePlan } from './record-directive-plan.decide';
import { DirectivePlanState, evolve, initialState } from './state';

export const directivePlanDecider: Decider<DirectivePlanCommand, DirectivePlanEvent, DirectivePlanState> = {
  initialState,
  evolve,
  decide(command, state) {
    if (command.type === 'RecordDirectivePlan') return recordDirectivePlan(command, state);
    if (state.status === 'none') throw notFound(`No directive ${command.directiveId} has been issued to assign from`);
    switch (command.type) {
      case 'RecordAmendment':
        return recordAmendment(command, state);
      case 'RecordAdHocRequest':
        return recordAdHocRequest(command, state);
      case 'ExtendReportingHorizon':
        return extendReportingHorizon(command, state);
      case 'CloseDirectivePlan':
        return closeDirectivePlan(command, state);
    }
  },
};
