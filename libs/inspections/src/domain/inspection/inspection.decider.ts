import { Decider } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { decideAppraiseConclusion } from './appraise-conclusion.decide';
import { decideCloseRecommendation } from './close-recommendation.decide';
import { InspectionCommand } from './commands';
import { decideDraftConclusion } from './draft-conclusion.decide';
import { decideIssueConclusion } from './issue-conclusion.decide';
import { decideIssueRecommendation } from './issue-recommendation.decide';
import { decidePlanInspection } from './plan-inspection.decide';
import { decideRecordFinding } from './record-finding.decide';
import { decideRecordSanction } from './record-sanction.decide';
import { decideReopenRecommendation } from './reopen-recommendation.decide';
import { decideReportCorrectiveAction } from './report-corrective-action.decide';
import { decideReviseFinding } from './revise-finding.decide';
import { decideStartInspection } from './start-inspection.decide';
import { evolve, initialState, InspectionState } from './state';

/**
 * One inspection, from plan to follow-up. Findings live inside it, each with its own revision,
 * because who may touch them (the team) and when (until the conclusion is appraised) are facts
 * of the inspection; an inspection holds tens of findings, so one stream stays small.
 */
export const inspectionDecider: Decider<InspectionCommand, InspectionEvent, InspectionState> = {
  initialState,
  evolve,
  decide(command, state) {
    switch (command.type) {
      case 'PlanInspection':
        return decidePlanInspection(command, state);
      case 'StartInspection':
        return decideStartInspection(command, state);
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
