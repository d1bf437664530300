import { create } from '@bufbuild/protobuf';
import { ConclusionIssued } from '@cpp/inspections';
import { InspectionConcludedSchema, OutboundMapper } from '@cpp/messaging';

/** Addressed to the inspection's lead agency (chủ trì); each recommendation also went out on its own. */
export const inspectionConcludedMapper: OutboundMapper<ConclusionIssued['data']> = ({ data }) => ({
  agencyId: data.leadAgencyId,
  payload: {
    case: 'inspectionConcluded',
    value: create(InspectionConcludedSchema, {
      inspectionId: data.inspectionId,
      concludedOn: data.issuedOn,
      leadAgencyId: data.leadAgencyId,
      summary: data.summary,
      recommendationIds: data.recommendationIds,
    }),
  },
});
