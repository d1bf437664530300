import { deciderSpec } from '@cpp/eventsourcing/testing';
import { head, INSPECTION_ID, outsider, planned, started } from '../../testing/inspection-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);

describe('inspection decider: planning', () => {
  describe('starting the visit', () => {
    const start = (by = head, startedOn = '2024-06-10') => ({ type: 'StartInspection' as const, inspectionId: INSPECTION_ID, startedOn, by });
    it('given a planned inspection, when a team member starts it, then InspectionStarted', () => spec.given([planned]).when(start()).then([started]));
    it('given a planned inspection, when someone outside the team starts it, then FORBIDDEN', () =>
      spec
        .given([planned])
        .when(start(outsider))
        .thenRefuses('FORBIDDEN', /members of inspection/));
    it('given a started inspection, when started again, then CONFLICT', () =>
      spec
        .given([planned, started])
        .when(start())
        .thenRefuses('CONFLICT', /already started/));
    it('given a planned inspection, when started before the plan’s date, then BAD_USER_INPUT', () =>
      spec
        .given([planned])
        .when(start(head, '2024-05-01'))
        .thenRefuses('BAD_USER_INPUT', /before the plan/));
    it('given nothing, when started, then NOT_FOUND', () =>
      spec
        .given([])
        .when(start())
        .thenRefuses('NOT_FOUND', /not planned/));
  });
});
