import { Requester } from '@cpp/eventsourcing';
import { InspectionEvent } from '../domain/events';
import { AppraiseConclusion, DraftConclusion, IssueConclusion } from '../domain/inspection/commands';
import { conformityRecorded, findingRecorded, head, INSPECTION_ID, planned, started } from './inspection-fixtures';

/** The conclusion of the Sóc Trăng check: drafted by the head, appraised by the steering committee, then issued. */
export const committee: Requester = { subject: 'ban-chi-dao', agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] };

export const inProgress = [planned, started, findingRecorded(), conformityRecorded];

export const draft = (change: Partial<DraftConclusion> = {}): DraftConclusion => ({
  type: 'DraftConclusion',
  inspectionId: INSPECTION_ID,
  summary: 'Trung tâm chưa bảo đảm định mức nhân viên chăm sóc',
  draftedOn: '2024-06-21',
  by: head,
  ...change,
});
export const appraise = (change: Partial<AppraiseConclusion> = {}): AppraiseConclusion => ({
  type: 'AppraiseConclusion',
  inspectionId: INSPECTION_ID,
  opinion: 'Thống nhất dự thảo',
  appraisedOn: '2024-06-25',
  by: committee,
  ...change,
});
export const issue = (change: Partial<IssueConclusion> = {}): IssueConclusion => ({
  type: 'IssueConclusion',
  inspectionId: INSPECTION_ID,
  conclusionNumber: '15/KL-SLĐTBXH',
  issuedOn: '2024-06-28',
  ...change,
});

export const drafted: InspectionEvent = {
  type: 'ConclusionDrafted',
  data: { inspectionId: INSPECTION_ID, summary: 'Trung tâm chưa bảo đảm định mức nhân viên chăm sóc', draftedOn: '2024-06-21' },
};
export const appraised: InspectionEvent = {
  type: 'ConclusionAppraised',
  data: { inspectionId: INSPECTION_ID, opinion: 'Thống nhất dự thảo', appraisedOn: '2024-06-25', appraisedBy: 'ban-chi-dao' },
};
export const issued: InspectionEvent = {
  type: 'ConclusionIssued',
  data: {
    inspectionId: INSPECTION_ID,
    conclusionNumber: '15/KL-SLĐTBXH',
    issuedOn: '2024-06-28',
    leadAgencyId: 'so-ldtbxh-soc-trang',
    summary: 'Trung tâm chưa bảo đảm định mức nhân viên chăm sóc',
    recommendationIds: [],
  },
};
