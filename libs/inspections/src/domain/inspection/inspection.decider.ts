import { Decider } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { decideAppraiseConclusion, decideDraftConclusion, decideIssueConclusion } from './conclusion.decide';
import { decideRecordFinding, decideReviseFinding } from './findings.decide';
import { InspectionCommand } from './inspection.commands';
import { evolveInspection, initialInspectionState, InspectionState } from './inspection.state';
import { decidePlan } from './plan.decide';
import { decideCloseRecommendation, decideIssueRecommendation, decideReopenRecommendation, decideReportCorrectiveAction } from './recommendations.decide';
import { decideRecordSanction } from './sanctions.decide';
import { decideStart } from './start.decide';

/**
 * One inspection, from plan to follow-up. Findings live inside it, each with its own revision,
 * because who may touch them (the team) and when (until the conclusion is appraised) are facts
 * of the inspection; an inspection holds tens of findings, so one stream stays small.
 */
export const inspectionDecider: Decider<InspectionCommand, InspectionEvent, InspectionState> = {
  initialState: initialInspectionState,
  evolve: evolveInspection,
  decide(command, state) {
    switch (command.type) {
      case 'PlanInspection':
        return decidePlan(command, state);
      case 'StartInspection':
        return decideStart(command, state);
      case 'RecordFinding':
        return decideRecordFinding(command, state);
      case 'ReviseFinding':
        return decideReviseFinding(command, state);
      case 'IssueRecommendation':
        return decideIssueRecommendation(command, state);
      case 'ReportCorrectiveAction':
        return decideReportCorrectiveAction(command, state);
      case 'CloseRecommendation':
        return decideCloseRecommendation(command, state);
      case 'ReopenRecommendation':
        return decideReopenRecommendation(command, state);
      case 'RecordSanction':
        return decideRecordSanction(command, state);
      case 'DraftConclusion':
        return decideDraftConclusion(command, state);
      case 'AppraiseConclusion':
        return decideAppraiseConclusion(command, state);
      case 'IssueConclusion':
        return decideIssueConclusion(command, state);
    }
  },
};
