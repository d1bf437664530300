/**
 * Every event of the inspections context: what its decider folds and its read models project.
 * Other contexts and the relay see only ./published-events.ts.
 */
import { ConclusionIssued, CorrectiveActionReported, RecommendationClosed, RecommendationIssued, RecommendationReopened } from './published-events';
import {
  ConclusionAppraised,
  ConclusionDrafted,
  FindingRecorded,
  FindingRevised,
  InspectionPlanned,
  InspectionStarted,
  SanctionRecorded,
} from './inspection/events';

export type InspectionEvent =
  | InspectionPlanned
  | InspectionStarted
  | FindingRecorded
  | FindingRevised
  | RecommendationIssued
  | CorrectiveActionReported
  | RecommendationClosed
  | RecommendationReopened
  | SanctionRecorded
  | ConclusionDrafted
  | ConclusionAppraised
  | ConclusionIssued;

export const INSPECTION_EVENT_TYPES = [
  'InspectionPlanned',
  'InspectionStarted',
  'FindingRecorded',
  'FindingRevised',
  'RecommendationIssued',
  'CorrectiveActionReported',
  'RecommendationClosed',
  'RecommendationReopened',
  'SanctionRecorded',
  'ConclusionDrafted',
  'ConclusionAppraised',
  'ConclusionIssued',
] as const satisfies readonly InspectionEvent['type'][];
